/// Finds repeated versions of one text inside a file: a title line that recurs, or failing
/// that a long opening paragraph that recurs. Text before the first repeat is the `cover`.
///
/// ```
/// [Brief IV, 4. Attention ..., THE KHRUSHCHEV PURGE, 1. ..., THE KHRUSHCHEV PURGE, 1. ...]
///   -> cover [Brief IV, 4. ...], a [THE KHRUSHCHEV PURGE, 1. ...], b [THE KHRUSHCHEV PURGE, 1. ...]
/// ```
enum VersionSplitter {
  typealias Item = ParagraphAssembler.Item

  struct Part {
    var id: String
    var title: String
    var items: ArraySlice<Item>
  }

  static func split(_ items: [Item]) -> [Part] {
    var starts = repeatedHeadings(items)
    if starts.isEmpty { starts = repeatedParagraphs(items) }
    guard let first = starts.first else {
      return [Part(id: "main", title: firstHeading(items[...]), items: items[...])]
    }
    var parts: [Part] = []
    let cover = items[..<first]
    let coverHasText = cover.contains { if case .paragraph = $0 { true } else { false } }
    if coverHasText { parts.append(Part(id: "cover", title: firstHeading(cover), items: cover)) }
    var allStarts = starts
    if !coverHasText { allStarts[0] = 0 }
    let letters = "abcdefghijklmnopqrstuvwxyz".map(String.init)
    for (k, s) in allStarts.enumerated() {
      let e = k + 1 < allStarts.count ? allStarts[k + 1] : items.count
      let id = k < letters.count ? letters[k] : "v\(k + 1)"
      parts.append(Part(id: id, title: firstHeading(items[s..<e]), items: items[s..<e]))
    }
    return parts
  }

  /// Indices of the occurrences of the first heading whose text recurs.
  private static func repeatedHeadings(_ items: [Item]) -> [Int] {
    var seen: [Key: [Int]] = [:]
    var order: [Key] = []
    for (i, item) in items.enumerated() {
      guard case .heading(let piece) = item else { continue }
      let key = normalized(piece.joined()[...])
      guard key.count >= 6 else { continue }
      if seen[key] == nil { order.append(key) }
      seen[key, default: []].append(i)
    }
    return order.lazy.compactMap { seen[$0] }.first { $0.count >= 2 } ?? []
  }

  /// Indices (moved back over headings just above) of the first long paragraph that recurs.
  private static func repeatedParagraphs(_ items: [Item]) -> [Int] {
    var seen: [Key: [Int]] = [:]
    var found: Key?
    for (i, item) in items.enumerated() {
      guard case .paragraph(let piece) = item, piece.byteCount >= 200 else { continue }
      let key = normalized(piece.segments[0].bytes.prefix(240))
      seen[key, default: []].append(i)
      if found == nil, seen[key]?.count == 2 { found = key }
    }
    guard let key = found, let indices = seen[key] else { return [] }
    return indices.map { index in
      var s = index
      while s > 0, case .heading = items[s - 1] { s -= 1 }
      return s
    }
  }

  /// A 64-bit FNV-1a hash of the upper-cased letters and digits, so spacing and OCR
  /// punctuation do not matter; with the count of bytes hashed, it keys repeats.
  static func normalized(_ t: ArraySlice<UInt8>) -> Key {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    var count = 0
    for b in t where ByteText.isAlnum(b) {
      hash = (hash ^ UInt64(ByteText.isLower(b) ? b - 0x20 : b)) &* 0x0000_0100_0000_01B3
      count += 1
    }
    return Key(hash: hash, count: count)
  }

  struct Key: Hashable {
    var hash: UInt64
    var count: Int
  }

  private static func firstHeading(_ items: ArraySlice<Item>) -> String {
    for item in items {
      if case .heading(let piece) = item { return ByteText.string(piece.joined()[...]) }
    }
    return ""
  }
}
