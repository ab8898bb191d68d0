/// Groups text lines into pieces: a blank line, a furniture line or a printed label ends a
/// piece; so does a short margin fragment glued above an indented or much longer line.
///
/// ```
/// "2.\nThe whole situation ...\n(a)\nStalin has been ..."  -> pieces [2. The whole ...] [(a) Stalin ...]
/// "Stalin has been\n parallel cases. We have ..."          -> pieces [Stalin has been] [parallel cases. ...]
/// ```
struct PieceBuilder {
  private(set) var pieces: [Piece] = []
  private var current: Piece?
  private var furnitureSinceLastPiece = false

  /// A blank line.
  mutating func blank() { finish() }

  /// A line that held only furniture.
  mutating func furniture() {
    finish()
    furnitureSinceLastPiece = true
  }

  /// A line of text (already trimmed of furniture and editorial notes).
  mutating func text(
    _ t: ArraySlice<UInt8>, line: Int, column: Int, indented: Bool, refs: [Int]
  ) {
    if let (token, rest) = LabelToken.scan(t) {
      finish()
      start(label: token)
      current?.indented = indented
      if !rest.isEmpty {
        let skipped = ByteText.scalarCount(t[t.startIndex..<rest.startIndex])
        append(rest, line: line, column: column + skipped, refs: refs)
      } else {
        current?.refs += refs
      }
      return
    }
    if let piece = current, !piece.segments.isEmpty,
      shouldSplit(piece, before: t, indented: indented)
    {
      finish()
    }
    if current == nil { start(label: nil) }
    append(t, line: line, column: column, refs: refs)
  }

  /// Ends the last piece; call once after the last line.
  mutating func finish() {
    guard var piece = current else { return }
    current = nil
    if let tail = splitTrailingFragment(&piece) {
      pieces.append(piece)
      pieces.append(tail)
    } else {
      pieces.append(piece)
    }
  }

  private mutating func start(label: LabelToken?) {
    current = Piece(label: label, furnitureBefore: furnitureSinceLastPiece)
    furnitureSinceLastPiece = false
  }

  private mutating func append(_ t: ArraySlice<UInt8>, line: Int, column: Int, refs: [Int]) {
    current?.segments.append(Piece.Segment(line: line, column: column, bytes: t))
    current?.refs += refs
  }

  /// A lone short fragment (no sentence end) above an indented line, or above a line at least
  /// three times longer that starts a sentence, is a margin note, not the paragraph's start.
  private func shouldSplit(_ piece: Piece, before t: ArraySlice<UInt8>, indented: Bool) -> Bool {
    guard piece.label == nil, piece.segments.count == 1, let first = piece.segments.first,
      ByteText.isFragment(first.bytes)
    else { return false }
    if indented { return true }
    guard let b = t.first else { return false }
    return t.count >= 3 * first.bytes.count && t.count > 40 && (ByteText.isUpper(b) || b == 0x22)
  }

  /// A short unpunctuated last line after a finished sentence stands apart (a margin note).
  private func splitTrailingFragment(_ piece: inout Piece) -> Piece? {
    guard piece.segments.count >= 2, let last = piece.segments.last,
      ByteText.isFragment(last.bytes, maxWords: 4),
      ByteText.endsWithTerminal(piece.segments[piece.segments.count - 2].bytes),
      let b = last.bytes.first, ByteText.isLower(b)
    else { return nil }
    piece.segments.removeLast()
    return Piece(label: nil, segments: [last], refs: [], furnitureBefore: false)
  }
}
