import Diagnostics
import TableModel

/// `sort COL [desc], ...`: orders rows; ordinals by scale rank, off-scale values last.
public struct SortStage: PipeStage {
  public static let name = "sort"
  public static let signature = "sort COL [asc|desc], ..."
  public static let summary = "Order rows by columns; levels sort by scale, off-scale values last."
  public static let examples = [
    StageExample(
      "claims | sort level desc | select id | limit 1", "most confident first",
      .firstColumn([.string("1937-embassy/a/1.2")])),
    StageExample(
      "docs | sort year desc, id | select id", "several keys",
      .firstColumn([.string("1957-cia"), .string("1953-cia"), .string("1937-embassy")])),
  ]

  /// One sort key.
  public struct Key: Sendable {
    public var column: ColumnRef
    public var descending: Bool
  }

  public var keys: [Key]

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> SortStage {
    var keys: [Key] = []
    repeat {
      let column = try parser.column()
      let descending = parser.accept("desc")
      if !descending { _ = parser.accept("asc") }
      keys.append(Key(column: column, descending: descending))
    } while parser.acceptComma()
    return SortStage(keys: keys)
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    var resolved: [(Int, Bool)] = []
    for key in keys { resolved.append((try input.table.resolve(key.column), key.descending)) }
    try context.cancellation.check()
    let rows = input.table.rows
    let order = rows.indices.sorted { a, b in
      for (i, descending) in resolved {
        let o = Value.sortOrder(rows[a][i], rows[b][i], descending: descending)
        if o != 0 { return o < 0 }
      }
      return a < b
    }
    var output = input
    output.table.rows = order.map { rows[$0] }
    return output
  }
}

extension Parser {
  /// Consumes a `,` if it is next.
  public mutating func acceptComma() -> Bool {
    guard current.kind == .comma else { return false }
    position += 1
    return true
  }
}
