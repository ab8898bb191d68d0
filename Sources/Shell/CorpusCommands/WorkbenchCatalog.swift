import Annotations
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
///
/// `annotations` lists hand annotations (who, when, what); `annotations orphaned` keeps those
/// whose claim is gone or whose text changed.
public struct WorkbenchCatalog: TableCatalog {
  public let workbench: Workbench
  /// Hand annotations merged into `claims`; nil when no project file is open.
  public let annotator: ClaimAnnotator?

  public init(workbench: Workbench, annotator: ClaimAnnotator? = nil) {
    self.workbench = workbench
    self.annotator = annotator
  }

  public var tableNames: [String] {
    (Workbench.tableNames + (annotator == nil ? [] : ["annotations"])).sorted()
  }

  public func table(named name: String, argument: String?) throws -> Table {
    if name == "annotations", let annotator {
      let records = try annotator.records()
      guard let argument else { return AnnotationRecord.table(records) }
      if argument == "orphaned" {
        return AnnotationRecord.table(records.filter { $0.status == .orphaned })
      }
      return AnnotationRecord.table(
        records.filter { $0.claimID == argument || $0.claimID.hasPrefix(argument + "/") })
    }
    if name == "claims", let annotator {
      try checkDocument(argument)
      return workbench.claimsTable(document: argument, annotations: annotator.current())
    }
    try checkDocument(argument)
    guard let table = workbench.table(named: name, document: argument) else {
      let near = Suggest.nearest(name, in: tableNames)
      throw Diagnostic(
        code: "eval.unknown-table", .unknownTable(name),
        notes: ["tables: \(tableNames.joined(separator: ", "))"],
        help: near.map { "did you mean '\($0)'?" })
    }
    return table
  }

  private func checkDocument(_ argument: String?) throws {
    if let argument, workbench.document(argument) == nil {
      let near = Suggest.nearest(argument, in: workbench.documentIDs)
      throw Diagnostic(
        code: "eval.unknown-document", .unknownDocument(argument),
        notes: ["documents: \(workbench.documentIDs.joined(separator: ", "))"],
        help: near.map { "did you mean '\($0)'?" })
    }
  }

  public func completions(_ kind: CompletionKind) -> [String] {
    switch kind {
    case .documentIDs: workbench.documentIDs
    case .entities: workbench.entityNames
    case .columns(let table):
      table == "annotations"
        ? AnnotationRecord.columns
        : (try? self.table(named: table, argument: nil))?.columnNames ?? []
    }
  }
}
