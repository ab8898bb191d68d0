/// Reads resolved trie hits against the sentence bytes: spans, gaps and clause context.
struct HitReader {
  let bytes: UnsafeBufferPointer<UInt8>
  let entries: [LexiconEntry]
  let info: [EntryInfo]

  /// Leftmost-longest within each lexicon: of the hits sharing a start, the longest of each
  /// kind is kept, unless it overlaps a hit of its kind kept earlier. The trie reports hits by
  /// start, and by end within a start, so one pass suffices.
  func resolve(_ hits: [ClaimTagger.Hit]) -> [ClaimTagger.Hit] {
    var kept: [ClaimTagger.Hit] = []
    kept.reserveCapacity(hits.count)
    var reach = (0, 0, 0, 0, 0)
    var i = 0
    while i < hits.count {
      var j = i
      while j < hits.count && hits[j].start == hits[i].start { j += 1 }
      for k in i..<j
      where k + 1 == j
        || hits[k + 1].kind != hits[k].kind
          && !hits[(k + 1)..<j].contains(where: { $0.kind == hits[k].kind })
      {
        let hit = hits[k]
        let limit: Int
        switch hit.kind {
        case 0: limit = reach.0
        case 1: limit = reach.1
        case 2: limit = reach.2
        case 3: limit = reach.3
        default: limit = reach.4
        }
        guard hit.start >= limit else { continue }
        switch hit.kind {
        case 0: reach.0 = hit.end
        case 1: reach.1 = hit.end
        case 2: reach.2 = hit.end
        case 3: reach.3 = hit.end
        default: reach.4 = hit.end
        }
        kept.append(hit)
      }
      i = j
    }
    return kept
  }

  /// The public form of a hit.
  func match(_ hit: ClaimTagger.Hit) -> Match {
    let text = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[hit.start..<hit.end]), as: UTF8.self)
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
    var scanner = ContextScanner()
    return scanner.context(at: offset, in: self)
  }

  /// `context(at:)` for offsets in ascending order: each call resumes the byte scan where the
  /// previous one stopped, so a sentence with several cues is read once, not once per cue.
  struct ContextScanner {
    private var i = 0
    private var parens = 0
    private var quoted = false
    private var clauseStart = 0

    mutating func context(at offset: Int, in reader: HitReader) -> Context {
      if offset < i { self = ContextScanner() }
      let bytes = reader.bytes
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
        subordinate: reader.hasSubordinator(from: clauseStart, to: offset))
    }
  }

  private static let subordinators: [[UInt8]] = [
    "although", "though", "if", "whether", "whose", "which", "who", "whom", "when", "unless",
    "because", "while", "whereas", "that", "since",
  ].map { Array($0.utf8) }

  /// Compares the word's bytes, folded to lower case, with the subordinators.
  private func isSubordinator(_ word: Range<Int>) -> Bool {
    candidates: for candidate in Self.subordinators where candidate.count == word.count {
      for (offset, byte) in candidate.enumerated()
      where bytes[word.lowerBound + offset] | 0x20 != byte {
        continue candidates
      }
      return true
    }
    return false
  }

  fileprivate func hasSubordinator(from start: Int, to end: Int) -> Bool {
    var wordStart: Int?
    var i = start
    while i <= end {
      let isWord = i < end && ByteTrie.isWordByte(bytes[i])
      if isWord {
        if wordStart == nil { wordStart = i }
      } else if let first = wordStart {
        if i - first <= 8 && isSubordinator(first..<i) { return true }
        wordStart = nil
      }
      i += 1
    }
    return false
  }
}
