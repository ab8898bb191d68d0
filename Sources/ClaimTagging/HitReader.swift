/// Reads resolved trie hits against the sentence bytes: spans, gaps and clause context.
struct HitReader {
  let bytes: UnsafeBufferPointer<UInt8>
  let entries: [LexiconEntry]

  /// Leftmost-longest: sorts by start, longer first, and drops hits overlapping a kept one.
  func resolve(_ hits: [ClaimTagger.Hit]) -> [ClaimTagger.Hit] {
    guard hits.count > 1 else { return hits }
    let sorted = hits.sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
    var kept: [ClaimTagger.Hit] = []
    var reach = 0
    for hit in sorted where hit.start >= reach {
      kept.append(hit)
      reach = hit.end
    }
    return kept
  }

  /// The public form of a hit.
  func match(_ hit: ClaimTagger.Hit) -> Match {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[hit.start..<hit.end]), as: UTF8.self)
    return Match(text: text, range: hit.start..<hit.end, entry: entries[hit.entry])
  }

  /// True when only white space, commas and at most `words` short words lie between the offsets.
  func gapIsShort(from start: Int, to end: Int, words: Int) -> Bool {
    guard start <= end, end - start <= 24 else { return false }
    var count = 0
    var inWord = false
    for i in start..<end {
      let byte = bytes[i]
      if ByteTrie.isWordByte(byte) {
        if !inWord { count += 1 }
        inWord = true
      } else if byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") {
        inWord = false
      } else {
        return false
      }
    }
    return count <= words
  }

  /// Where an offset stands: inside parentheses or quotation marks, or in a subordinate clause
  /// (a clause whose words since the last comma, semicolon, colon or dash include a subordinator).
  struct Context {
    var inParentheses: Bool
    var quoted: Bool
    var subordinate: Bool
    var enclosed: Bool { inParentheses || quoted }
  }

  func context(at offset: Int) -> Context {
    var parens = 0
    var quoted = false
    var clauseStart = 0
    var i = 0
    while i < offset {
      let byte = bytes[i]
      switch byte {
      case UInt8(ascii: "("): parens += 1
      case UInt8(ascii: ")"): parens = max(0, parens - 1)
      case UInt8(ascii: "\""): quoted.toggle()
      case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"): clauseStart = i + 1
      case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80:
        switch bytes[i + 2] {
        case 0x9C: quoted = true
        case 0x9D: quoted = false
        case 0x93, 0x94: clauseStart = i + 3
        default: break
        }
      default: break
      }
      i += 1
    }
    return Context(
      inParentheses: parens > 0, quoted: quoted,
      subordinate: hasSubordinator(from: clauseStart, to: offset))
  }

  private static let subordinators: Set<String> = [
    "although", "though", "if", "whether", "whose", "which", "who", "whom", "when", "unless",
    "because", "while", "whereas", "that", "since",
  ]

  private func hasSubordinator(from start: Int, to end: Int) -> Bool {
    var wordStart: Int?
    var i = start
    while i <= end {
      let isWord = i < end && ByteTrie.isWordByte(bytes[i])
      if isWord {
        if wordStart == nil { wordStart = i }
      } else if let first = wordStart {
        if i - first <= 8 {
          let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<i]), as: UTF8.self)
          if Self.subordinators.contains(word.lowercased()) { return true }
        }
        wordStart = nil
      }
      i += 1
    }
    return false
  }
}
