import Diagnostics
import TableModel

/// `top N COL`: the N most frequent values of a column with their counts; list items count
/// one by one.
public struct TopStage: PipeStage {
  public static let name = "top"
  public static let signature = "top N COL"
  public static let summary =
    "The N most frequent values of a column, with counts (list items one by one)."
  public static let examples = [
    StageExample("claims | top 1 topics", "the commonest topic", .firstColumn([.string("army")])),
    StageExample("claims | top 3 doc", "value and count columns", .columns(["doc", "count"])),
  ]

  public var limit: Int
  public var column: ColumnRef

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> TopStage {
    let limit = try parser.integer("a count, as in 'top 10 COL'")
    return TopStage(limit: limit, column: try parser.column())
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    let i = try input.table.resolve(column)
    var counts: [Value: Int] = [:]
    for row in input.table.rows {
      if case .list(let items) = row[i] {
        for item in items { counts[item, default: 0] += 1 }
      } else if row[i] != .null {
        counts[row[i], default: 0] += 1
      }
    }
    let ranked = counts.sorted {
      $0.value != $1.value ? $0.value > $1.value : Value.sortOrder($0.key, $1.key) < 0
    }
    var col = input.table.columns[i]
    if case .list = input.table.rows.first?[i] { col.scale = nil }
    return PipeValue(
      table: Table(
        columns: [col, Column("count")],
        rows: ranked.prefix(limit).map { [$0.key, .int($0.value)] }))
  }
}
