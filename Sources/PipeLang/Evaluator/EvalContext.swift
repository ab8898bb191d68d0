import Diagnostics
import Foundation
import TableModel

/// What stages can reach while they run: parameters, cancellation, export, notes to the user.
public final class EvalContext {
  /// Values set with `--set name=value`, read as `$name`.
  public var parameters: [String: String]
  public var cancellation: Cancellation
  /// Writes `export` files; the Export module unless replaced (nil: export is unavailable).
  public var exporter: (any TableExporting)?
  /// Asked "overwrite FILE?" when an export target exists; nil means never overwrite.
  public var confirmOverwrite: ((String) -> Bool)?
  /// Relative export paths resolve against this folder.
  public var directory: URL
  /// Tags, notes and overrides for the annotation stages; nil: they fail with
  /// `eval.annotations-unavailable`.
  public var annotator: (any Annotating)?
  /// Lines for the user, such as "wrote 3 rows to out.csv".
  public var notes: [String] = []

  public init(
    parameters: [String: String] = [:], cancellation: Cancellation = .never,
    exporter: (any TableExporting)? = ExportModuleWriter(),
    directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  ) {
    self.parameters = parameters
    self.cancellation = cancellation
    self.exporter = exporter
    self.directory = directory
  }
}

extension Diagnostic.Message {
  static func unknownColumn(_ name: String) -> Self { "unknown column '\(name)'" }
}

extension Table {
  /// The index of the column `ref` names, or `eval.unknown-column` suggesting the nearest name.
  public func resolve(_ ref: ColumnRef) throws(Diagnostic) -> Int {
    if let i = index(of: ref.name) { return i }
    let near = Suggest.nearest(ref.name, in: columnNames)
    throw Diagnostic(
      code: "eval.unknown-column", .unknownColumn(ref.name), span: ref.span,
      help: near.map { "did you mean '\($0)'?" },
      notes: near == nil ? ["columns: \(columnNames.joined(separator: ", "))"] : [])
  }
}

extension Diagnostic {
  init(code: String, _ message: Message, span: SourceSpan?, help: String?, notes: [String]) {
    self.init(.error, code: code, message, span: span, notes: notes, help: help)
  }
}
