/// Turns pieces into headings and paragraphs, setting margin notes aside and joining a
/// paragraph that a page break cut mid-sentence with its continuation.
///
/// ```
/// "... a Plenum of the Central Committee in" | ~~SECRET~~ | "July. The 20th CPSU ..."
///   -> one paragraph "... Central Committee in July. The 20th CPSU ..."
/// ```
struct ParagraphAssembler {
  enum Item {
    case heading(Piece)
    case paragraph(Piece)
  }

  private(set) var items: [Item] = []
  private(set) var marginalia: [Piece.Segment] = []
  private var open: Piece?
  private var openSawBreak = false
  private var deferred: [Item] = []

  mutating func add(_ piece: Piece) {
    switch PieceKind.classify(piece, insideOpenParagraph: open != nil) {
    case .marginalia:
      marginalia += piece.segments
      if open != nil { openSawBreak = true }
    case .heading:
      flush()
      items.append(.heading(piece))
    case .footnote:
      if open != nil { deferred.append(.paragraph(piece)) } else { items.append(.paragraph(piece)) }
    case .prose:
      if var paragraph = open, continues(piece) {
        paragraph.segments += piece.segments
        paragraph.refs += piece.refs
        open = paragraph
        if let last = piece.segments.last, ByteText.endsWithTerminal(last.bytes) { flush() }
        return
      }
      flush()
      if let last = piece.segments.last, !ByteText.endsWithTerminal(last.bytes) {
        open = piece
        openSawBreak = false
      } else {
        items.append(.paragraph(piece))
      }
    }
  }

  /// Ends assembly: emits any waiting paragraph, then promotes one-line paragraphs set
  /// between two headings to headings (a title such as `Changes in Soviet policy ... Stalin.`).
  mutating func finish() {
    flush()
    guard items.count >= 3 else { return }
    for i in 1..<(items.count - 1) {
      guard case .paragraph(let piece) = items[i], piece.label == nil, piece.segments.count == 1,
        case .heading = items[i - 1], case .heading = items[i + 1],
        ByteText.wordCount(piece.segments[0].bytes) <= 14
      else { continue }
      items[i] = .heading(piece)
    }
  }

  /// Removes notes printed after the text's end, set in and numbered afresh (FRUS style:
  /// `  1. Not printed.` after the signature), and returns them in order.
  mutating func liftTrailingNotes() -> [Piece] {
    var notes: [Piece] = []
    while case .paragraph(let piece)? = items.last, piece.indented,
      case .number(let n)? = piece.label, let value = Int(n),
      value < highestNumber(items.dropLast())
    {
      notes.insert(piece, at: 0)
      items.removeLast()
    }
    return notes
  }

  private func highestNumber(_ items: ArraySlice<Item>) -> Int {
    var highest = 0
    for case .paragraph(let piece) in items {
      if case .number(let n)? = piece.label, let value = Int(n) { highest = max(highest, value) }
    }
    return highest
  }

  /// Emits any paragraph still waiting for a continuation.
  mutating func flush() {
    if let paragraph = open { items.append(.paragraph(paragraph)) }
    items += deferred
    open = nil
    deferred = []
    openSawBreak = false
  }

  /// An unlabelled piece continues the open paragraph when it starts lower-case or when a
  /// page break (furniture or a margin note) stood between them.
  private func continues(_ piece: Piece) -> Bool {
    guard piece.label == nil, let first = piece.segments.first?.bytes.first else { return false }
    return ByteText.isLower(first) || openSawBreak || piece.furnitureBefore
  }
}
