/// What a piece is: the author's prose, a heading, an author's footnote, or a margin note.
///
/// ```
/// "THE KHRUSHCHEV PURGE"           -> heading
/// "1. Underlying premise"          -> heading (labelled)
/// "It is a matter of" / "left in"  -> marginalia (ends on a function word / starts lower-case)
/// "*single grain*"                 -> marginalia (handwritten, standing alone)
/// "* Communist sources claim ..."  -> footnote
/// ```
enum PieceKind: Equatable {
  case prose, heading, footnote, marginalia

  static let functionWords: Set<String> = [
    "of", "in", "the", "a", "an", "to", "and", "or", "but", "been", "be", "is", "are", "was",
    "were", "has", "have", "had", "by", "for", "with", "at", "on", "from", "that", "which",
    "who", "as", "than", "its", "his", "her", "their", "our", "we", "it", "not", "no",
  ]

  /// Classifies a piece; `insideOpenParagraph` is true while a paragraph awaits its continuation.
  static func classify(_ piece: Piece, insideOpenParagraph: Bool) -> PieceKind {
    if case .stars = piece.label { return .footnote }
    if piece.byteCount > 220 { return .prose }
    let text = piece.joined()[...]
    if isHandwrittenNote(text) { return .marginalia }
    if piece.label == .bullet { return .prose }
    let words = ByteText.words(text)
    if piece.label == nil, piece.segments.count == 1, words.count <= 16, isCaptionHeading(words) {
      return .heading
    }
    if text.last == 0x3A, words.count <= 4, piece.label == nil { return .heading }
    if ByteText.endsWithTerminal(text) { return .prose }
    if piece.label != nil { return words.count <= 8 ? .heading : .prose }
    if isMarginalia(piece, text, words, insideOpenParagraph: insideOpenParagraph) {
      return .marginalia
    }
    if words.count <= 10 { return .heading }
    if piece.segments.count == 1, words.count <= 16, isTitleCase(words) { return .heading }
    return .prose
  }

  /// `*...*` around the whole piece: a handwritten note with nothing typed beside it.
  static func isHandwrittenNote(_ t: ArraySlice<UInt8>) -> Bool {
    guard t.count >= 3, t.first == 0x2A, t.last == 0x2A else { return false }
    let second = t[t.startIndex + 1]
    let beforeLast = t[t.endIndex - 2]
    guard second != 0x2A, !ByteText.isSpace(second), !ByteText.isSpace(beforeLast) else {
      return false
    }
    return !t[(t.startIndex + 1)..<(t.endIndex - 1)].contains(0x2A)
  }

  /// Rules for stray words in the margin; each is general, none names a document.
  static func isMarginalia(
    _ piece: Piece, _ text: ArraySlice<UInt8>, _ words: [ArraySlice<UInt8>],
    insideOpenParagraph: Bool
  ) -> Bool {
    guard let first = text.first, let lastWord = words.last else { return true }
    if ByteText.isLower(first) { return true }
    if functionWords.contains(ByteText.bareLowerWord(lastWord)) { return true }
    let caps = isAllCaps(text)
    if words.count == 1, !caps, text.last != 0x3A { return true }
    if piece.segments.count >= 2, piece.segments.allSatisfy({ ByteText.wordCount($0.bytes) == 1 }) {
      return true
    }
    if text.contains(0x2C), !isTitleCase(words) { return true }
    return insideOpenParagraph && !caps
  }

  /// No lower-case ASCII letter (digits and punctuation allowed).
  static func isAllCaps(_ t: ArraySlice<UInt8>) -> Bool { !t.contains(where: ByteText.isLower) }

  /// Every word that starts with a letter starts with a capital, small function words aside.
  static func isTitleCase(_ words: [ArraySlice<UInt8>]) -> Bool {
    var capitals = 0
    for w in words {
      guard let b = w.first(where: { ByteText.isLetter($0) || $0 >= 0x80 }) else { continue }
      if ByteText.isUpper(b) {
        capitals += 1
      } else if ByteText.isLower(b), !functionWords.contains(ByteText.bareLowerWord(w)) {
        return false
      }
    }
    return capitals >= 1
  }

  /// `Name: subtitle` where the name is one to four capitalised words (a blog's cross-heading).
  static func isCaptionHeading(_ words: [ArraySlice<UInt8>]) -> Bool {
    guard words.count >= 2 else { return false }
    for (k, w) in words.prefix(4).enumerated() {
      guard let b = w.first, ByteText.isUpper(b) else { return false }
      if w.last == 0x3A { return k + 1 < words.count }
    }
    return false
  }
}
