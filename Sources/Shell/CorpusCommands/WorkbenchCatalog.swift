import ClaimTable
import Diagnostics
import PipeLang
import TableModel

extension Diagnostic.Message {
  fileprivate static func unknownTable(_ name: String) -> Self { "unknown table '\(name)'" }
  fileprivate static func unknownDocument(_ id: String) -> Self { "no document '\(id)'" }
}

/// The real corpus's tables for pipelines: `claims`, `docs`, `cues`, `sources`, `entities`,
/// `edits`, `furniture`, each narrowed to one document by an argument (`claims 1957-cia`).
public struct WorkbenchCatalog: TableCatalog {
  public let workbench: Workbench

  public init(workbench: Workbench) { self.workbench = workbench }

  public var tableNames: [String] { Workbench.tableNames }

  public func table(named name: String, argument: String?) throws -> Table {
    if let argument, workbench.document(argument) == nil {
      let near = Suggest.nearest(argument, in: workbench.documentIDs)
      throw Diagnostic(
        code: "eval.unknown-document", .unknownDocument(argument),
        notes: ["documents: \(workbench.documentIDs.joined(separator: ", "))"],
        help: near.map { "did you mean '\($0)'?" })
    }
    guard let table = workbench.table(named: name, document: argument) else {
      let near = Suggest.nearest(name, in: tableNames)
      throw Diagnostic(
        code: "eval.unknown-table", .unknownTable(name),
        notes: ["tables: \(tableNames.joined(separator: ", "))"],
        help: near.map { "did you mean '\($0)'?" })
    }
    return table
  }

  public func completions(_ kind: CompletionKind) -> [String] {
    switch kind {
    case .documentIDs: workbench.documentIDs
    case .entities: workbench.entityNames
    case .columns(let table): workbench.table(named: table)?.columnNames ?? []
    }
  }
}
