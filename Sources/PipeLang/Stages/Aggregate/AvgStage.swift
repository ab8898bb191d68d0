import Diagnostics
import TableModel

/// `avg COL`: Average a numeric column (blank cells skipped), per group after 'group'.
public struct AvgStage: PipeStage {
  public static let name = "avg"
  public static let signature = "avg COL"
  public static let summary =
    "Average a numeric column (blank cells skipped), per group after 'group'."
  public static let examples = [
    StageExample("docs | where year < 1950 | avg year", "mean year", .value(.double(1937)))
  ]

  public var column: ColumnRef

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> AvgStage {
    AvgStage(column: try parser.column())
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Aggregation.run(.avg, column: column, input: input, context: context)
  }
}
