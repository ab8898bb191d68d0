import Diagnostics
import TableModel

/// `sum COL`: Add up a numeric column, per group after 'group'.
public struct SumStage: PipeStage {
  public static let name = "sum"
  public static let signature = "sum COL"
  public static let summary = "Add up a numeric column, per group after 'group'."
  public static let examples = [
    StageExample("docs | sum claims", "total claims", .value(.int(8)))
  ]

  public var column: ColumnRef

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> SumStage {
    SumStage(column: try parser.column())
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Aggregation.run(.sum, column: column, input: input, context: context)
  }
}
