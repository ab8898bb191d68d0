import Diagnostics
import TableModel

/// `distinct COL`: the different values of a column, sorted; list cells count each item.
public struct DistinctStage: PipeStage {
  public static let name = "distinct"
  public static let signature = "distinct COL"
  public static let summary =
    "List the different values of a column, sorted (list items one by one)."
  public static let examples = [
    StageExample(
      "claims | distinct doc", "documents with claims",
      .firstColumn([.string("1937-embassy"), .string("1953-cia"), .string("1957-cia")])),
    StageExample(
      "claims | distinct topics | count", "distinct topics across lists", .value(.int(6))),
  ]

  public var column: ColumnRef

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> DistinctStage {
    DistinctStage(column: try parser.column())
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    let i = try input.table.resolve(column)
    var seen = Set<Value>()
    for row in input.table.rows {
      if case .list(let items) = row[i] { seen.formUnion(items) } else { seen.insert(row[i]) }
    }
    let values = seen.sorted { Value.sortOrder($0, $1) < 0 }
    var col = input.table.columns[i]
    if values.contains(where: { if case .ordinal = $0 { false } else { true } }) { col.scale = nil }
    return PipeValue(table: Table(columns: [col], rows: values.map { [$0] }))
  }
}
