import Diagnostics
import Export
import Foundation
import TableModel

extension Diagnostic.Message {
  static func unknownFormat(_ f: String) -> Self { "unknown export format '\(f)'" }
  static let exporterMissing: Self = "export is not available here"
  static func declined(_ path: String) -> Self { "'\(path)' exists; not overwritten" }
}

/// `export "FILE" [as csv|jsonl|md] [force]`: writes the table to a file and passes it on.
///
/// The format comes from the file extension unless `as` names it. When the file exists the shell
/// asks before overwriting and a script stops with `export.exists`, unless `force` says to
/// replace it.
public struct ExportStage: EffectStage {
  public static let name = "export"
  public static let signature = "export \"FILE\" [as csv|jsonl|md] [force]"
  public static let summary =
    "Write the table to a file (format from the extension or 'as'); pass it on."
  public static let examples: [StageExample] = []

  public var path: String
  public var pathSpan: SourceSpan
  public var format: String
  /// Replace an existing file without asking.
  public var force = false

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> ExportStage {
    let (path, span) = try parser.string("a quoted file name, as in export \"out.csv\"")
    let fileExtension = (path as NSString).pathExtension
    var format = ExportFormat(fileExtension: fileExtension)
    var name = fileExtension
    var formatSpan = span
    if parser.accept("as") {
      (name, formatSpan) = try parser.word("a format: csv, jsonl or md")
      format = ExportFormat(rawValue: name)
    }
    guard let format else {
      throw Diagnostic(
        code: "parse.unknown-format", .unknownFormat(name), span: formatSpan,
        help: "use csv, jsonl or md", notes: [])
    }
    let force = parser.accept("force")
    return ExportStage(path: path, pathSpan: span, format: format.rawValue, force: force)
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    guard let exporter = context.exporter else {
      throw Diagnostic(code: "eval.export-unavailable", .exporterMissing, span: pathSpan)
    }
    let expanded = (path as NSString).expandingTildeInPath
    let url =
      expanded.hasPrefix("/")
      ? URL(fileURLWithPath: expanded) : context.directory.appendingPathComponent(expanded)
    do {
      do {
        try exporter.write(input.table, to: url, format: format, overwrite: force)
      } catch let d as Diagnostic where d.code == "export.exists" {
        guard let confirm = context.confirmOverwrite, confirm(path) else {
          throw Diagnostic(
            code: "export.exists", .declined(path), span: pathSpan,
            help: "add force to replace it: export \"\(path)\" force", notes: [])
        }
        try exporter.write(input.table, to: url, format: format, overwrite: true)
      }
    } catch var d as Diagnostic {
      if d.span == nil { d.span = pathSpan }
      throw d
    } catch {
      throw Diagnostic(
        code: "export.write-failed", "cannot write '\(path)': \(error)", span: pathSpan,
        help: nil, notes: [])
    }
    context.notes.append("wrote \(input.table.rows.count) rows to \(path)")
    return input
  }
}
