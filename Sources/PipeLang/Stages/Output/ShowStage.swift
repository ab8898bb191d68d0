import Diagnostics
import TableModel

/// `show`: draws each row as a card with every column, one per line.
public struct ShowStage: PipeStage {
  public static let name = "show"
  public static let signature = "show"
  public static let summary = "Show full cards: every column of each row, long text wrapped."
  public static let examples = [
    StageExample("claims | where id == 1957-cia/a/1.1 | show", "one card", .rows(1))
  ]

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> ShowStage {
    _ = parser
    return ShowStage()
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    PipeValue(table: input.table, style: .cards)
  }
}
