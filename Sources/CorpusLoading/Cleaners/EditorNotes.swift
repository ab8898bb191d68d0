import Foundation

/// Lifts editorial footnotes out of a line: `[footnoteRef:N]` anchors and `[N: text]` notes.
///
/// ```
/// "DOWNFALL OF BERIA[footnoteRef:1] [1:  L.P. Beria had been arrested ...] "
///   -> text "DOWNFALL OF BERIA  ", refs [1], notes [(1, "L.P. Beria had been arrested ...")]
/// ```
enum EditorNotes {
  struct Result {
    var text: ArraySlice<UInt8>
    /// Anchor numbers with their index in `text`.
    var refs: [(number: Int, at: Int)] = []
    var notes: [(number: Int, text: String)] = []
  }

  static func extract(_ line: ArraySlice<UInt8>) -> Result {
    let hasBracket = line.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { memchr($0, 0x5B, buffer.count) != nil } ?? false
    }
    guard hasBracket else { return Result(text: line) }
    var out: [UInt8] = []
    out.reserveCapacity(line.count)
    var result = Result(text: [])
    var i = line.startIndex
    var noNoteBefore = line.startIndex
    while i < line.endIndex {
      if line[i] == 0x5B, let (consumed, ref) = footnoteRef(line, at: i) {
        result.refs.append((ref, out.count))
        i = consumed
      } else if line[i] == 0x5B, i >= noNoteBefore,
        let (consumed, number, text) = note(line, at: i, failedUntil: &noNoteBefore)
      {
        result.notes.append((number, text))
        i = consumed
      } else {
        out.append(line[i])
        i += 1
      }
    }
    result.text = out[...]
    return result
  }

  /// `[footnoteRef:N]` at `i`: the index after it and N.
  private static func footnoteRef(_ s: ArraySlice<UInt8>, at i: Int) -> (Int, Int)? {
    let tag = "[footnoteRef:"
    guard ByteText.hasPrefix(s[i...], tag) else { return nil }
    var j = i + tag.utf8.count
    var n = 0
    let digitsStart = j
    while j < s.endIndex, ByteText.isDigit(s[j]), j - digitsStart < 6 {
      n = n * 10 + Int(s[j] - 0x30)
      j += 1
    }
    guard j > digitsStart, j < s.endIndex, s[j] == 0x5D else { return nil }
    return (j + 1, n)
  }

  /// `[N: text]` at `i` (brackets inside may nest): the index after it, N and the text.
  /// An unclosed note sets `failedUntil` past the stretch it searched, so that the `[`s inside
  /// it are not searched again (keeping a line of unclosed notes linear).
  private static func note(_ s: ArraySlice<UInt8>, at i: Int, failedUntil: inout Int)
    -> (Int, Int, String)?
  {
    var j = i + 1
    var n = 0
    while j < s.endIndex, ByteText.isDigit(s[j]), j - i < 6 {
      n = n * 10 + Int(s[j] - 0x30)
      j += 1
    }
    guard j > i + 1, j < s.endIndex, s[j] == 0x3A else { return nil }
    let textStart = j + 1
    var depth = 1
    j = textStart
    let end = min(s.endIndex, textStart + 16_384)
    while j < end {
      if s[j] == 0x5B { depth += 1 }
      if s[j] == 0x5D {
        depth -= 1
        if depth == 0 { break }
      }
      j += 1
    }
    guard j < end else {
      failedUntil = end
      return nil
    }
    return (j + 1, n, ByteText.string(ByteText.trim(s[textStart..<j])))
  }
}
