import Diagnostics
import TableModel

extension Diagnostic.Message {
  static func unknownTable(_ name: String) -> Self { "unknown table '\(name)'" }
}

/// A catalog over tables held in memory; `argument` keeps rows whose `doc` column equals it.
public struct InMemoryCatalog: TableCatalog {
  public var tables: [(name: String, table: Table)]
  public var entityNames: [String]

  public init(tables: [(name: String, table: Table)], entityNames: [String] = []) {
    self.tables = tables
    self.entityNames = entityNames
  }

  public var tableNames: [String] { tables.map(\.name) }

  public func table(named name: String, argument: String?) throws -> Table {
    guard let table = tables.first(where: { $0.name == name })?.table else {
      throw Diagnostic(code: "eval.unknown-table", .unknownTable(name))
    }
    guard let argument, let doc = table.index(of: "doc") else { return table }
    return Table(
      columns: table.columns,
      rows: table.rows.filter {
        let id = $0[doc].displayText
        return id == argument || id.hasPrefix(argument + "/")
      })
  }

  public func completions(_ kind: CompletionKind) -> [String] {
    switch kind {
    case .documentIDs:
      let docs = tables.first { $0.name == "docs" }?.table
      guard let docs, let id = docs.index(of: "id") ?? docs.index(of: "doc") else { return [] }
      return docs.rows.map { $0[id].displayText }
    case .entities: return entityNames
    case .columns(let name): return tables.first { $0.name == name }?.table.columnNames ?? []
    }
  }
}
