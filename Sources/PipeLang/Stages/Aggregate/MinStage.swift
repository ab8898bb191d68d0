import Diagnostics
import TableModel

/// `min COL`: Smallest value of a column (levels by scale), per group after 'group'.
public struct MinStage: PipeStage {
  public static let name = "min"
  public static let signature = "min COL"
  public static let summary =
    "Smallest value of a column (levels by scale), per group after 'group'."
  public static let examples = [
    StageExample(
      "claims | min level", "lowest level on the scale",
      .value(.ordinal(Ordinal(name: "unlikely", rank: 2))))
  ]

  public var column: ColumnRef

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> MinStage {
    MinStage(column: try parser.column())
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Aggregation.run(.min, column: column, input: input, context: context)
  }
}
