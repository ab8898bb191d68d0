import Diagnostics
import TableModel

/// `count`: Count rows, or rows per group after 'group'.
public struct CountStage: PipeStage {
  public static let name = "count"
  public static let signature = "count"
  public static let summary = "Count rows, or rows per group after 'group'."
  public static let examples = [
    StageExample("claims | count", "all claims", .value(.int(8))),
    StageExample(
      "claims | group doc | count | select count", "claims per document",
      .firstColumn([.int(3), .int(3), .int(2)])),
  ]

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> CountStage {
    _ = parser
    return CountStage()
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Aggregation.run(.count, column: nil, input: input, context: context)
  }
}
