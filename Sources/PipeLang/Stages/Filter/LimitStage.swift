import Diagnostics
import TableModel

/// `limit N`: keeps the first N rows.
public struct LimitStage: PipeStage {
  public static let name = "limit"
  public static let signature = "limit N"
  public static let summary = "Keep the first N rows."
  public static let examples = [
    StageExample("claims | limit 2", "the first two claims", .rows(2))
  ]

  public var count: Int

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> LimitStage {
    LimitStage(count: try parser.integer("a row count"))
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    var output = input
    output.table.rows = Array(input.table.rows.prefix(count))
    return output
  }
}
