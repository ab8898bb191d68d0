/// Builds a version's paragraphs and claims from its items: resolves labels, renders the
/// draft markup, splits sentences and gives every claim its stable id.
///
/// ```
/// label 2.(a) in single-version doc X, second sentence  -> claim id "X/2.a.2"
/// unlabelled 5th paragraph of version b of doc Y         -> claim ids "Y/b/p5.1", "Y/b/p5.2"
/// ```
struct VersionBuilder {
  let docID: String
  let multiVersion: Bool
  private(set) var edits: [DraftEdit] = []
  /// Where each editorial footnote anchor sits: (version, paragraph index).
  private var anchors: [Int: (String, Int)] = [:]
  /// Paragraph starts by line, for notes without an anchor.
  private var starts: [(line: Int, version: String, index: Int)] = []

  init(docID: String, multiVersion: Bool) {
    self.docID = docID
    self.multiVersion = multiVersion
  }

  mutating func build(_ part: VersionSplitter.Part) -> DocumentVersion {
    var version = DocumentVersion(id: part.id, title: part.title)
    var tracker = LabelTracker()
    var used: [String: Int] = [:]
    var pendingTitle: String?
    var pendingRefs: [Int] = []
    for item in part.items {
      switch item {
      case .heading(let piece):
        if let token = piece.label { _ = tracker.resolve(token) }
        let text = ByteText.string(piece.joined()[...])
        pendingTitle = piece.label.map { label(of: $0) + " " + text } ?? text
        pendingRefs += piece.refs
      case .paragraph(let piece):
        let label = piece.label.flatMap { tracker.resolve($0) }
        let index = version.paragraphs.count + 1
        var key = idLabel(label, index: index)
        used[key, default: 0] += 1
        if let count = used[key], count > 1 { key += "~\(count)" }
        var paragraph = render(piece, label: label, index: index, key: key, versionID: part.id)
        paragraph.title = pendingTitle
        paragraph.noteNumbers = pendingRefs + piece.refs
        for ref in paragraph.noteNumbers where anchors[ref] == nil {
          anchors[ref] = (part.id, index)
        }
        starts.append((paragraph.line, part.id, index))
        pendingTitle = nil
        pendingRefs = []
        version.paragraphs.append(paragraph)
      }
    }
    return version
  }

  /// The paragraph with its two readings, its claims and its edits.
  private mutating func render(
    _ piece: Piece, label: String?, index: Int, key: String, versionID: String
  ) -> Paragraph {
    let raw = piece.joined()
    var segmentStarts: [Int] = []
    var offset = 0
    for s in piece.segments {
      segmentStarts.append(offset)
      offset += s.bytes.count + 1
    }
    let (markup, finalStarts) = DraftMarkup.render(raw, marks: segmentStarts)
    let ranges = SentenceSplitter.split(markup.final)
    let prefix = multiVersion ? "\(docID)/\(versionID)/\(key)" : "\(docID)/\(key)"
    var claims: [Claim] = []
    claims.reserveCapacity(ranges.count)
    for (n, r) in ranges.enumerated() {
      let line = piece.segments[segmentIndex(finalStarts, r.lowerBound)].line
      claims.append(
        Claim(
          id: "\(prefix).\(n + 1)", docID: docID, versionID: versionID, paragraphLabel: label,
          paragraphIndex: index, sentence: n + 1,
          text: String(decoding: markup.final[r], as: UTF8.self), line: line))
    }
    // Edits come in text order, so one forward cursor finds columns and claims in linear time.
    var claimCursor = 0
    var cursorSegment = -1
    var cursorOffset = 0
    var cursorColumns = 0
    for edit in markup.edits {
      let k = segmentIndex(segmentStarts, edit.rawOffset)
      if k != cursorSegment {
        cursorSegment = k
        cursorOffset = segmentStarts[k]
        cursorColumns = 0
      }
      let target = max(edit.rawOffset, cursorOffset)
      cursorColumns += ByteText.scalarCount(raw[cursorOffset..<target])
      cursorOffset = target
      while claimCursor + 1 < ranges.count, ranges[claimCursor].upperBound < edit.finalOffset {
        claimCursor += 1
      }
      let segment = piece.segments[k]
      edits.append(
        DraftEdit(
          kind: edit.kind, text: edit.text, versionID: versionID, paragraphIndex: index,
          paragraphLabel: label, line: segment.line, column: segment.column + cursorColumns,
          claimID: ranges.isEmpty ? nil : claims[claimCursor].id))
    }
    let finalText = String(decoding: markup.final, as: UTF8.self)
    return Paragraph(
      label: label, index: index, line: piece.firstLine, finalText: finalText,
      typedText: markup.hasMarkup ? String(decoding: markup.typed, as: UTF8.self) : finalText,
      claims: claims)
  }

  /// Attaches notes to the paragraph holding their anchor (else the paragraph before them).
  func attach(_ notes: [EditorNote]) -> [EditorNote] {
    let byLine = starts.sorted { $0.line < $1.line }
    return notes.map { note in
      var note = note
      if let (version, index) = anchors[note.number] {
        note.versionID = version
        note.paragraphIndex = index
      } else if let start = lastStart(byLine, atOrBefore: note.line) ?? byLine.first {
        note.versionID = start.version
        note.paragraphIndex = start.index
      }
      return note
    }
  }

  /// Binary search: the last paragraph start on or before `line`.
  private func lastStart(
    _ sorted: [(line: Int, version: String, index: Int)], atOrBefore line: Int
  ) -> (line: Int, version: String, index: Int)? {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid].line <= line { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 ? sorted[lo - 1] : nil
  }

  /// The last segment whose start is at or before `offset`.
  private func segmentIndex(_ starts: [Int], _ offset: Int) -> Int {
    var lo = 0
    var hi = starts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The label as used in ids: parentheses dropped, `*` footnotes as `fn1`, none as `pK`.
  private func idLabel(_ label: String?, index: Int) -> String {
    guard let label else { return "p\(index)" }
    if label.allSatisfy({ $0 == "*" }) { return "fn\(label.count)" }
    return String(label.filter { $0 != "(" && $0 != ")" })
  }

  private func label(of token: LabelToken) -> String {
    switch token {
    case .number(let n): "\(n)."
    case .letter(let l): "\(l)."
    case .parenLetter(let l): "(\(l))"
    case .parenNumber(let n): "(\(n))"
    case .stars(let k): String(repeating: "*", count: k)
    case .bullet: "-"
    }
  }
}
