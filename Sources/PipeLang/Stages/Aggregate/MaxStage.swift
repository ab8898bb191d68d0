import Diagnostics
import TableModel

/// `max COL`: Largest value of a column (levels by scale), per group after 'group'.
public struct MaxStage: PipeStage {
  public static let name = "max"
  public static let signature = "max COL"
  public static let summary =
    "Largest value of a column (levels by scale), per group after 'group'."
  public static let examples = [
    StageExample(
      "claims | group doc | max year | select max_year", "latest year per document",
      .firstColumn([.int(1937), .int(1953), .int(1957)]))
  ]

  public var column: ColumnRef

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> MaxStage {
    MaxStage(column: try parser.column())
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Aggregation.run(.max, column: column, input: input, context: context)
  }
}
