/// Finds the wrapper a web archive or blog puts around a document: a header of
/// `Name: value` fields near the top (with a URL among them), and a comment-form footer.
///
/// ```
/// Caption: Confidential Note ...      -> WrapperField("Caption", "Confidential Note ...")
/// URL: http://www.cvce.eu/...         -> WrapperField("URL", "http://...")
/// Leave a Reply / You are commenting using ... -> web footer from there to the end
/// ```
enum WebWrapper {
  /// Header fields, the lines that were header (by index), and the footer's first line index.
  struct Result {
    var fields: [WrapperField] = []
    var headerLines: [Int] = []
    var fieldLines: Set<Int> = []
    var footerStart: Int?
  }

  static let footerCues = [
    "leave a reply", "leave a comment", "fill in your details", "you are commenting using",
    "connecting to %s", "this entry was posted in", "bookmark the permalink", "share this:",
    "like this:", "notify me of new comments", "post a comment",
  ]

  /// The cues' first bytes (all in 0x40..<0x80) as bits of `b - 0x40`: most lines start with
  /// none of them and skip the eleven comparisons.
  private static let footerCueFirstBytes: UInt64 = footerCues.reduce(0) { mask, cue in
    mask | (cue.utf8.first.map { UInt64(1) << UInt64($0 - 0x40) } ?? 0)
  }

  /// True when the line starts (ignoring ASCII case) with one of the footer cues.
  static func startsWithFooterCue(_ t: ArraySlice<UInt8>) -> Bool {
    guard let first = t.first.map(ByteText.lower), first >= 0x40, first < 0x80,
      footerCueFirstBytes >> UInt64(first - 0x40) & 1 == 1
    else { return false }
    return footerCues.contains { ByteText.hasPrefixIgnoringCase(t, $0) }
  }

  static func detect(_ lines: [SourceLine]) -> Result {
    var result = Result()
    detectHeader(lines, &result)
    detectFooter(lines, &result)
    return result
  }

  private static func detectHeader(_ lines: [SourceLine], _ result: inout Result) {
    var fields: [(Int, WrapperField)] = []
    var seen = 0
    for (i, line) in lines.enumerated() {
      let t = ByteText.trim(line.bytes)
      if t.isEmpty { continue }
      seen += 1
      if seen > 40 { break }
      if let field = field(t) { fields.append((i, field)) }
    }
    let hasURL = fields.contains { $0.1.value.contains("://") }
    guard fields.count >= 2, hasURL, let last = fields.last?.0 else { return }
    result.fields = fields.map(\.1)
    result.fieldLines = Set(fields.map(\.0))
    result.headerLines = (0...last).filter { !ByteText.trim(lines[$0].bytes).isEmpty }
  }

  /// `Name: value` where the name is one to three words starting with a capital.
  static func field(_ t: ArraySlice<UInt8>) -> WrapperField? {
    guard let first = t.first, ByteText.isUpper(first) else { return nil }
    var i = t.startIndex
    var spaces = 0
    while i < t.endIndex, t[i] != 0x3A {
      let b = t[i]
      if b == 0x20 {
        spaces += 1
      } else if !ByteText.isLetter(b) {
        return nil
      }
      if spaces > 2 || i - t.startIndex > 24 { return nil }
      i += 1
    }
    guard i + 1 < t.endIndex, t[i + 1] == 0x20 else { return nil }
    let value = ByteText.trim(t[(i + 1)...])
    guard !value.isEmpty else { return nil }
    return WrapperField(name: ByteText.string(t[t.startIndex..<i]), value: ByteText.string(value))
  }

  private static func detectFooter(_ lines: [SourceLine], _ result: inout Result) {
    let floor = lines.count / 2
    var i = lines.count - 1
    var start: Int?
    while i >= floor, i >= 0 {
      let t = ByteText.trim(lines[i].bytes)
      if startsWithFooterCue(t) { start = i }
      i -= 1
    }
    if let start, start > (result.headerLines.last ?? -1) { result.footerStart = start }
  }
}
