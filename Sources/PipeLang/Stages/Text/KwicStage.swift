import Diagnostics
import TableModel

extension Diagnostic.Message {
  static let emptyPhrase: Self = "the phrase to search for is empty"
}

/// `kwic "PHRASE" [width N]`: every occurrence of a phrase in the `text` column, with N
/// characters of context each side (default 30), matched case-insensitively.
///
/// ```
/// 1957-cia/a/1.1  Tukhachevsky was  probably  innocent of the charges
/// ```
public struct KwicStage: PipeStage {
  public static let name = "kwic"
  public static let signature = "kwic \"PHRASE\" [width N]"
  public static let summary =
    "Keyword in context over the text column: left context, match, right context, row id."
  public static let examples = [
    StageExample("claims | kwic \"purge\"", "each occurrence is a row", .rows(3)),
    StageExample(
      "claims | kwic \"probabl\" width 10", "id, left, match, right",
      .columns(["id", "left", "match", "right"])),
  ]

  public var phrase: String
  public var phraseSpan: SourceSpan
  public var width: Int

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> KwicStage {
    let (phrase, span) = try parser.string("a quoted phrase, as in kwic \"likely\"")
    var width = 30
    if parser.accept("width") { width = try parser.integer("a width in characters") }
    return KwicStage(phrase: phrase, phraseSpan: span, width: width)
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    guard !phrase.isEmpty else {
      throw Diagnostic(code: "eval.empty-phrase", .emptyPhrase, span: phraseSpan)
    }
    let textIndex = try input.table.resolve(ColumnRef(name: "text", span: phraseSpan))
    let idIndex = input.table.index(of: "id")
    var rows: [[Value]] = []
    for (n, row) in input.table.rows.enumerated() {
      let text = row[textIndex].displayText.replacingOccurrences(of: "\n", with: " ")
      var searchStart = text.startIndex
      while let found = text.range(
        of: phrase, options: .caseInsensitive, range: searchStart..<text.endIndex)
      {
        let left = String(text[..<found.lowerBound].suffix(width)).trimmingTrailingSpaces
        let right = String(String(text[found.upperBound...].prefix(width)).drop { $0 == " " })
        let id = idIndex.map { row[$0] } ?? .int(n + 1)
        rows.append([id, .string(left), .string(String(text[found])), .string(right)])
        searchStart = found.upperBound
      }
      if n & 0xFFF == 0 { try context.cancellation.check() }
    }
    return PipeValue(
      table: Table(
        columns: [Column("id"), Column("left"), Column("match"), Column("right")], rows: rows),
      style: .kwic)
  }
}
