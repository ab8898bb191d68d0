import Diagnostics
import TableModel

/// `where EXPR`: keeps rows whose condition holds.
///
/// ```
/// claims | where level >= likely and doc == 1957-cia
/// ```
public struct WhereStage: PipeStage {
  public static let name = "where"
  public static let signature = "where EXPR"
  public static let summary =
    "Keep rows whose condition holds (==, !=, <, <=, >, >=, and, or, not, in [..], contains, matches)."
  public static let examples = [
    StageExample(
      "claims | where level >= likely | count", "claims at likely or above", .value(.int(4))),
    StageExample(
      "claims | where doc == 1953-cia and not (level == unmarked) | count", "bare words as values",
      .value(.int(2))),
    StageExample(
      "claims | where entities contains \"stalin\" | select id", "membership in a list column",
      .firstColumn([.string("1937-embassy/a/1.2")])),
    StageExample(
      "claims | where level in [possible, uncertain] | count", "off-scale levels by name",
      .value(.int(2))),
    StageExample(
      "claims | where text matches \"^The\" | count", "a regular expression", .value(.int(2))),
  ]

  public var condition: Expr

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> WhereStage {
    WhereStage(condition: try parser.expression())
  }

  /// The compiled row test for `table`.
  public func predicate(for table: Table, in context: EvalContext) throws(Diagnostic)
    -> RowPredicate
  {
    try ExprCompiler(table: table, parameters: context.parameters).predicate(condition)
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    let keep = try predicate(for: input.table, in: context)
    let all = input.table.rows
    var rows: [[Value]] = []
    for n in all.indices {
      if keep(n) { rows.append(all[n]) }
      if n & 0xFFFF == 0xFFFF { try context.cancellation.check() }
    }
    var output = input
    output.table.rows = rows
    return output
  }
}
