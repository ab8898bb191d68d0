/// Reads draft markup into two readings and a list of edits, in one byte scan.
///
/// ```
/// "We ~~ought~~ should think"     -> final "We should think",  typed "We ought should think"
/// "at ^{the rule of} by"          -> final "at the rule of by", typed "at by"
/// "the attachment *in which*"     -> final "the attachment in which", typed "the attachment"
/// "19 June* may"                  -> final "19 June may" (footnote mark), typed "19 June* may"
/// ```
struct DraftMarkup {
  struct Edit {
    var kind: DraftEdit.Kind
    var text: String
    var rawOffset: Int
    /// Where the edit sits in the final reading (for struck text: where it would have stood).
    var finalOffset: Int
  }

  private(set) var final: [UInt8] = []
  private(set) var typed: [UInt8] = []
  private(set) var edits: [Edit] = []

  /// Renders `raw`; `marks` are raw offsets whose final offsets the caller wants back.
  static func render(_ raw: [UInt8], marks: [Int]) -> (DraftMarkup, [Int]) {
    var m = DraftMarkup()
    let hasMarkup = raw.contains { $0 == 0x7E || $0 == 0x5E || $0 == 0x2A }
    m.final.reserveCapacity(raw.count)
    if hasMarkup { m.typed.reserveCapacity(raw.count) }
    var markFinal = Array(repeating: 0, count: marks.count)
    var nextMark = 0
    let n = raw.count
    var i = 0
    while i < n {
      while nextMark < marks.count, marks[nextMark] <= i {
        markFinal[nextMark] = m.final.count
        nextMark += 1
      }
      let b = raw[i]
      if isPlain(b) {
        let limit = nextMark < marks.count ? min(marks[nextMark], n) : n
        var j = i + 1
        while j < limit, isPlain(raw[j]) { j += 1 }
        m.final.append(contentsOf: raw[i..<j])
        if hasMarkup { m.typed.append(contentsOf: raw[i..<j]) }
        i = j
      } else if b == 0x7E, i + 1 < n, raw[i + 1] == 0x7E, let close = find(raw, "~~", from: i + 2) {
        m.addEdit(.struck, raw, i + 2, close, at: i)
        Self.put(&m.typed, raw[(i + 2)..<close])
        i = close + 2
      } else if b == 0x5E, i + 1 < n, raw[i + 1] == 0x7B, let close = find(raw, "}", from: i + 2) {
        m.addEdit(.inserted, raw, i + 2, close, at: i)
        Self.put(&m.final, raw[(i + 2)..<close])
        i = close + 1
      } else if b == 0x2A {
        i = m.star(raw, i)
      } else if b == 0xC2, i + 1 < n, raw[i + 1] == 0xA0 {
        Self.put(&m.final, 0x20)
        if hasMarkup { Self.put(&m.typed, 0x20) }
        i += 2
      } else if b == 0x2E, i + 1 < n, raw[i + 1] == 0x2E {
        let end = raw[i...].firstIndex { $0 != 0x2E } ?? n
        m.final.append(contentsOf: raw[i..<end])
        if hasMarkup { m.typed.append(contentsOf: raw[i..<end]) }
        i = end
      } else {
        Self.put(&m.final, b)
        if hasMarkup { Self.put(&m.typed, b) }
        i += 1
      }
    }
    while nextMark < marks.count {
      markFinal[nextMark] = m.final.count
      nextMark += 1
    }
    trimEnd(&m.final)
    if hasMarkup { trimEnd(&m.typed) } else { m.typed = m.final }
    return (m, markFinal)
  }

  /// Bytes copied as they are: everything but spaces, markup, `, . ; : )` and U+00A0's lead.
  @inline(__always) private static func isPlain(_ b: UInt8) -> Bool {
    switch b {
    case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x7E, 0x5E, 0x2A, 0xC2, 0x2C, 0x2E, 0x3B, 0x3A, 0x29:
      return false
    default:
      return true
    }
  }

  /// A `*`: opens handwriting after a space, or is a footnote mark after a word (`June*`).
  private mutating func star(_ raw: [UInt8], _ i: Int) -> Int {
    let prev: UInt8 = i > 0 ? raw[i - 1] : 0x20
    let next: UInt8 = i + 1 < raw.count ? raw[i + 1] : 0x20
    let opensAfter = ByteText.isSpace(prev) || prev == 0x28 || prev == 0x22
    if opensAfter, next != 0x2A, !ByteText.isSpace(next), let close = closingStar(raw, i + 1) {
      addEdit(.handwritten, raw, i + 1, close, at: i)
      Self.put(&final, raw[(i + 1)..<close])
      return close + 1
    }
    var j = i
    while j < raw.count, raw[j] == 0x2A {
      Self.put(&typed, 0x2A)
      j += 1
    }
    if opensAfter {
      Self.put(&final, raw[i..<j])
    }
    return j
  }

  /// The `*` that closes handwriting: after a non-space, before a non-letter.
  private func closingStar(_ raw: [UInt8], _ from: Int) -> Int? {
    var j = from
    while j < raw.count {
      if raw[j] == 0x2A {
        let after: UInt8 = j + 1 < raw.count ? raw[j + 1] : 0x20
        if !ByteText.isSpace(raw[j - 1]), !ByteText.isAlnum(after) { return j }
        return nil
      }
      j += 1
    }
    return nil
  }

  private mutating func addEdit(_ kind: DraftEdit.Kind, _ raw: [UInt8], _ s: Int, _ e: Int, at: Int) {
    let text = ByteText.string(ByteText.trim(raw[s..<e]))
    edits.append(Edit(kind: kind, text: text, rawOffset: at, finalOffset: final.count))
  }

  private static func find(_ raw: [UInt8], _ needle: String, from: Int) -> Int? {
    let nb = Array(needle.utf8)
    var j = from
    while j + nb.count <= raw.count {
      if raw[j] == nb[0], nb.count == 1 || raw[j + 1] == nb[1] { return j }
      j += 1
    }
    return nil
  }

  // MARK: - Appending with tidy spacing

  private static func put(_ out: inout [UInt8], _ s: ArraySlice<UInt8>) {
    for b in s { put(&out, b) }
  }

  /// Appends one byte, collapsing spaces, dropping a space before `, . ; : )` and a doubled comma.
  @inline(__always) private static func put(_ out: inout [UInt8], _ b: UInt8) {
    if ByteText.isSpace(b) {
      if let last = out.last, last != 0x20 { out.append(0x20) }
      return
    }
    if b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x29 {
      if out.last == 0x20 { out.removeLast() }
      if b == 0x2C, out.last == 0x2C { return }
    }
    out.append(b)
  }

  private static func trimEnd(_ out: inout [UInt8]) {
    while let last = out.last, last == 0x20 { out.removeLast() }
  }
}
