import Diagnostics
import TableModel

/// `select COL, ...`: keeps these columns in this order.
public struct SelectStage: PipeStage {
  public static let name = "select"
  public static let signature = "select COL, ..."
  public static let summary = "Keep only the named columns, in the order given."
  public static let examples = [
    StageExample("claims | select id, level", "two columns", .columns(["id", "level"]))
  ]

  public var columns: [ColumnRef]

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> SelectStage {
    SelectStage(columns: try parser.columnList())
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    var indices: [Int] = []
    for c in columns { indices.append(try input.table.resolve(c)) }
    let table = Table(
      columns: indices.map { input.table.columns[$0] },
      rows: input.table.rows.map { row in indices.map { row[$0] } })
    return PipeValue(table: table, style: input.style == .cards ? .cards : .table)
  }
}
