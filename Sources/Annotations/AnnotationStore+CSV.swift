import Diagnostics
import Foundation
import GRDB

extension AnnotationStore {
  /// `assay annotations export FILE.csv`: every annotation, oldest first, in
  /// `AnnotationRecord.columns` order, written atomically (a temporary file renamed over `url`).
  ///
  /// Returns the number of annotations written.
  @discardableResult
  public func exportCSV(to url: URL, current: [String: String]? = nil) throws(Diagnostic) -> Int {
    let records = try list(current: current)
    let rows = [AnnotationRecord.columns] + records.map { $0.cells.map(\.displayText) }
    do {
      try Data(CSVCodec.render(rows).utf8).write(to: url, options: .atomic)
    } catch {
      throw Diagnostic(code: "annotate.io", .cannotWrite(url.path, error.localizedDescription))
    }
    return records.count
  }

  /// `assay annotations import FILE.csv`: adds the file's live annotations as ONE command.
  ///
  /// Needs the columns `claim`, `kind`, `field`, `value` and `text_hash`; `author`, `at` and
  /// `status` are used when present. Rows whose status is `removed` or `undone` are history and
  /// are skipped (counted as unchanged), as are annotations already in effect or already stored,
  /// so importing a file twice changes nothing. Anchors are kept: an imported annotation made
  /// on an older text stays orphaned. Any bad row aborts the whole import with a diagnostic at `file:line`.
  @discardableResult
  public func importCSV(from url: URL, commandText: String? = nil) throws(Diagnostic)
    -> CommandSummary
  {
    let text: String
    do {
      text = try String(contentsOf: url, encoding: .utf8)
    } catch {
      throw Diagnostic(code: "annotate.io", .cannotRead(url.path, error.localizedDescription))
    }
    let rows = try ImportRow.parse(text, file: url.path)
    let command = commandText ?? "annotations import \(url.lastPathComponent)"
    return try self.command(text: command, claims: nil) { db, context in
      var claims: Set<String> = []
      for row in rows {
        claims.insert(row.anchor.claimID)
        try row.apply(db, &context)
      }
      context.summary.claims = claims.count
    }
  }
}

/// One checked row of an annotations CSV.
struct ImportRow {
  var anchor: Anchor
  var kind: AnnotationKind
  var field: String
  var value: String
  var author: String?
  var at: String?
  var isHistory: Bool

  static let required = ["claim", "kind", "field", "value", "text_hash"]

  /// Parses and validates every row before anything is written.
  static func parse(_ text: String, file: String) throws(Diagnostic) -> [ImportRow] {
    let records = try CSVCodec.parse(text, file: file)
    guard let header = records.first else { return [] }
    var column: [String: Int] = [:]
    for (index, name) in header.fields.enumerated() { column[name] = index }
    for name in required where column[name] == nil {
      throw Diagnostic(
        code: "annotate.csv-header", .missingColumn(name),
        span: SourceSpan(file: file, line: header.line, column: 1))
    }
    var rows: [ImportRow] = []
    for record in records.dropFirst() {
      let span = SourceSpan(file: file, line: record.line, column: 1)
      guard record.fields.count == header.fields.count else {
        throw Diagnostic(
          code: "annotate.csv-malformed",
          .fieldCount(record.fields.count, header.fields.count), span: span)
      }
      func cell(_ name: String) -> String? { column[name].map { record.fields[$0] } }
      do throws(Diagnostic) {
        rows.append(try row(cell, span: span))
      } catch {
        var located = error
        located.span = located.span ?? span
        throw located
      }
    }
    return rows
  }

  private static func row(
    _ cell: (String) -> String?, span: SourceSpan
  ) throws(Diagnostic) -> ImportRow {
    let claim = cell("claim") ?? ""
    try AnnotationValidation.claimID(claim)
    let hash = cell("text_hash") ?? ""
    guard hash.count == 16, hash.allSatisfy(\.isHexDigit) else {
      throw Diagnostic(code: "annotate.csv-invalid", .badHash(hash), span: span)
    }
    guard let kind = AnnotationKind(rawValue: cell("kind") ?? "") else {
      throw Diagnostic(code: "annotate.csv-invalid", .badKind(cell("kind") ?? ""), span: span)
    }
    let value = cell("value") ?? ""
    var field = cell("field") ?? ""
    switch kind {
    case .tag:
      try AnnotationValidation.label(value)
      field = ""
    case .note:
      field = ""
    case .override:
      let parsed = try AnnotationValidation.field(field)
      try AnnotationValidation.value(value, for: parsed, levelScale: nil)
    }
    let status = cell("status").flatMap(AnnotationStatus.init(rawValue:))
    return ImportRow(
      anchor: Anchor(claimID: claim, textHash: hash), kind: kind, field: field, value: value,
      author: cell("author").flatMap { $0.isEmpty ? nil : $0 },
      at: cell("at").flatMap { $0.isEmpty ? nil : $0 },
      isHistory: status == .removed || status == .undone)
  }

  /// Inserts the row unless it is history, already in effect, or already stored (same anchor,
  /// kind, field, value, author and time), so a replaced note is not imported twice.
  func apply(_ db: Database, _ context: inout CommandContext) throws {
    let current = context.state[anchor]
    let inEffect: Bool
    switch kind {
    case .tag: inEffect = current?.tags.contains(value) == true
    case .note: inEffect = current?.note == value
    case .override:
      inEffect = OverrideField(rawValue: field).flatMap { current?.overrides[$0] } == value
    }
    let duplicate = context.records(at: anchor).contains {
      $0.isLive && $0.anchor == anchor && $0.kind == kind && $0.field == field
        && $0.value == value && $0.author == (author ?? context.author)
        && $0.createdAt == (at ?? context.createdAt)
    }
    if isHistory || inEffect || duplicate {
      context.summary.unchanged += 1
      return
    }
    try context.insert(db, anchor, kind, field: field, value: value, author: author, createdAt: at)
  }
}

extension Diagnostic.Message {
  static func cannotWrite(_ p: String, _ d: String) -> Self { "cannot write '\(p)': \(d)" }
  static func cannotRead(_ p: String, _ d: String) -> Self { "cannot read '\(p)': \(d)" }
  static func missingColumn(_ c: String) -> Self { "annotations CSV has no '\(c)' column" }
  static func fieldCount(_ n: Int, _ h: Int) -> Self { "row has \(n) fields, header has \(h)" }
  static func badHash(_ h: String) -> Self { "text_hash '\(h)' is not 16 hex digits" }
  static func badKind(_ k: String) -> Self { "kind '\(k)' is not tag, note or override" }
}
