/// A run of text lines as they stand between blank lines, furniture and label starts.
struct Piece {
  /// A stretch of one source line that belongs to the piece.
  struct Segment {
    var line: Int
    /// 1-based column (in scalars) of the segment's first byte in its line.
    var column: Int
    var bytes: ArraySlice<UInt8>
  }

  var label: LabelToken?
  var segments: [Segment] = []
  var refs: [Int] = []
  /// Furniture stood between the previous piece and this one (a page break, say).
  var furnitureBefore = false
  /// The piece's first line was set in from the margin.
  var indented = false

  var firstLine: Int { segments.first?.line ?? 0 }

  /// The piece's text with its lines joined by single spaces.
  func joined() -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(segments.reduce(0) { $0 + $1.bytes.count + 1 })
    for (k, s) in segments.enumerated() {
      if k > 0 { out.append(0x20) }
      out.append(contentsOf: s.bytes)
    }
    return out
  }

  var byteCount: Int { segments.reduce(0) { $0 + $1.bytes.count + 1 } }
}

// MARK: - Sentence-end tests shared by the builders

extension ByteText {
  /// True when the text, ignoring closing quotes, brackets and markup, ends with `. ? ! : ;` or `…`.
  static func endsWithTerminal(_ t: ArraySlice<UInt8>) -> Bool {
    var i = t.endIndex
    while i > t.startIndex {
      let b = t[i - 1]
      if isSpace(b) || b == 0x7E || b == 0x2A || b == 0x7D || b == 0x22 || b == 0x29 || b == 0x5D
        || b == 0x27
      {
        i -= 1
      } else if b == 0x9D || b == 0x99 || b == 0x9C, i - 3 >= t.startIndex, t[i - 3] == 0xE2 {
        i -= 3
      } else {
        break
      }
    }
    guard i > t.startIndex else { return false }
    let b = t[i - 1]
    if b == 0x2E || b == 0x3F || b == 0x21 || b == 0x3A || b == 0x3B { return true }
    return b == 0xA6 && i - 3 >= t.startIndex && t[i - 3] == 0xE2
  }

  /// A short line with no sentence end: a candidate heading or margin note.
  static func isFragment(_ t: ArraySlice<UInt8>, maxWords: Int = 5) -> Bool {
    !endsWithTerminal(t) && wordCount(t) <= maxWords
  }
}
