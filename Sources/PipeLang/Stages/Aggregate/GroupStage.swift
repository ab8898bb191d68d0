import Diagnostics
import TableModel

/// `group COL, ...`: groups rows for the aggregate that follows (`count`, `sum`, `avg`, `min`,
/// `max`). A group not followed by an aggregate counts.
public struct GroupStage: PipeStage {
  public static let name = "group"
  public static let signature = "group COL, ..."
  public static let summary =
    "Group rows for the next stage: count, sum COL, avg COL, min COL or max COL (alone: count)."
  public static let examples = [
    StageExample("claims | group doc | count", "claims per document", .columns(["doc", "count"])),
    StageExample(
      "claims | group doc, year | avg p_low | count", "groups come out as rows", .value(.int(3))),
    StageExample("claims | group level", "a group alone counts", .columns(["level", "count"])),
  ]

  public var columns: [ColumnRef]

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> GroupStage {
    GroupStage(columns: try parser.columnList())
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    var keys: [Int] = []
    for c in columns { keys.append(try input.table.resolve(c)) }
    var output = PipeValue(table: input.table, grouping: keys)
    output.pendingFilter = input.pendingFilter
    return output
  }

  /// True for the stages that consume a grouping.
  static func isAggregate(_ stage: any PipeStage) -> Bool {
    stage is CountStage || stage is SumStage || stage is AvgStage || stage is MinStage
      || stage is MaxStage
  }
}
