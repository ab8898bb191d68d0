import Diagnostics
import Foundation
import TableModel

extension Diagnostic.Message {
  static func offScale(_ word: String, column: String) -> Self {
    "'\(word)' is not on the scale of '\(column)'"
  }
  static func unknownParameter(_ name: String) -> Self { "unknown parameter '$\(name)'" }
  static let notACondition: Self = "expected a condition, found a value"
  static let expectedColumn: Self = "expected a column on the left"
  static func badRegex(_ pattern: String) -> Self { "invalid regular expression \"\(pattern)\"" }
}

/// A compiled row test, called with a row's index in the table it was compiled for (indexing
/// avoids copying, and so retaining, each row).
public typealias RowPredicate = @Sendable (Int) -> Bool

/// Compiles a `where` expression against one table: column indices, scale ranks, regexes and
/// parameters are resolved once here, so the per-row closure does no lookups.
public struct ExprCompiler {
  let table: Table
  let rows: [[Value]]
  let parameters: [String: String]

  public init(table: Table, parameters: [String: String]) {
    self.table = table
    self.rows = table.rows
    self.parameters = parameters
  }

  /// An operand resolved against the table.
  enum Operand {
    case column(Int, Column)
    /// A literal with its source text (bare words keep theirs for scale lookups).
    case constant(Value, text: String, span: SourceSpan)
  }

  /// The row test for `expr`.
  public func predicate(_ expr: Expr) throws(Diagnostic) -> RowPredicate {
    switch expr {
    case .and(let l, let r):
      let (a, b) = (try predicate(l), try predicate(r))
      return { a($0) && b($0) }
    case .or(let l, let r):
      let (a, b) = (try predicate(l), try predicate(r))
      return { a($0) || b($0) }
    case .not(let e, _):
      let a = try predicate(e)
      return { !a($0) }
    case .compare(let l, let op, let r, _):
      return try compare(l, op, r)
    case .inList(let l, let r, _):
      return try inList(l, r)
    case .contains(let l, let r, _):
      return try contains(l, r)
    case .matches(let l, let r, _):
      return try matches(l, r)
    case .word(let name, let span):
      let i = try table.resolve(ColumnRef(name: name, span: span))
      return { [rows] in rows[$0][i].isTruthy }
    default:
      throw Diagnostic(code: "eval.type-mismatch", .notACondition, span: expr.span)
    }
  }

  // MARK: - Operands

  /// Left of an operator: a bare word must name a column.
  func leftOperand(_ e: Expr) throws(Diagnostic) -> Operand {
    if case .word(let name, let span) = e {
      let i = try table.resolve(ColumnRef(name: name, span: span))
      return .column(i, table.columns[i])
    }
    return try rightOperand(e)
  }

  /// Right of an operator: a bare word is a column if the table has one, else a value.
  func rightOperand(_ e: Expr) throws(Diagnostic) -> Operand {
    switch e {
    case .word(let w, let span):
      if let i = table.index(of: w) { return .column(i, table.columns[i]) }
      return .constant(.string(w), text: w, span: span)
    case .string(let s, let span): return .constant(.string(s), text: s, span: span)
    case .number(let d, let isInteger, let span):
      let v: Value = isInteger ? .int(Int(d)) : .double(d)
      return .constant(v, text: v.displayText, span: span)
    case .parameter(let name, let span):
      guard let raw = parameters[name] else {
        throw Diagnostic(
          code: "eval.unknown-parameter", .unknownParameter(name), span: span,
          help: "set it with --set \(name)=VALUE", notes: [])
      }
      if let (d, isInteger) = Lexer.number(raw) {
        return .constant(isInteger ? .int(Int(d)) : .double(d), text: raw, span: span)
      }
      return .constant(.string(raw), text: raw, span: span)
    default:
      throw Diagnostic(code: "eval.type-mismatch", "expected a value", span: e.span)
    }
  }

  /// A constant made to fit `column`: bare words become ordinals on a scaled column.
  func fit(_ value: Value, text: String, span: SourceSpan, to column: Column, ordering: Bool)
    throws(Diagnostic) -> Value
  {
    guard let scale = column.scale else { return value }
    if let rank = scale.firstIndex(of: text) { return .ordinal(Ordinal(name: text, rank: rank)) }
    if ordering {
      let near = Suggest.nearest(text, in: scale)
      throw Diagnostic(
        code: "eval.off-scale", .offScale(text, column: column.name), span: span,
        help: near.map { "did you mean '\($0)'?" },
        notes: ["scale: \(scale.joined(separator: " < "))"])
    }
    return .ordinal(Ordinal(name: text, rank: nil))
  }

  // MARK: - Tests

  func compare(_ l: Expr, _ op: CompareOperator, _ r: Expr) throws(Diagnostic) -> RowPredicate {
    let left = try leftOperand(l)
    let right = try rightOperand(r)
    switch (left, right) {
    case (.column(let i, let col), .constant(let v, let text, let span)):
      return try columnVersusConstant(
        i, col, op, try fit(v, text: text, span: span, to: col, ordering: op.isOrdering))
    case (.constant(let v, let text, let span), .column(let i, let col)):
      let flipped: CompareOperator =
        switch op {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        default: op
        }
      return try columnVersusConstant(
        i, col, flipped, try fit(v, text: text, span: span, to: col, ordering: op.isOrdering))
    case (.column(let i, _), .column(let j, _)):
      return { [rows] n in Self.test(op, rows[n][i], rows[n][j]) }
    case (.constant(let a, _, _), .constant(let b, _, _)):
      let result = Self.test(op, a, b)
      return { _ in result }
    }
  }

  func columnVersusConstant(_ i: Int, _ col: Column, _ op: CompareOperator, _ constant: Value)
    throws(Diagnostic) -> RowPredicate
  {
    if case .ordinal(let o) = constant, let rank = o.rank, op.isOrdering {
      let (low, high): (Int, Int) =
        switch op {
        case .less: (Int.min, rank - 1)
        case .lessEqual: (Int.min, rank)
        case .greater: (rank + 1, Int.max)
        default: (rank, Int.max)
        }
      return { [rows] n in
        guard let r = rows[n][i].rank else { return false }
        return r >= low && r <= high
      }
    }
    return { [rows] n in Self.test(op, rows[n][i], constant) }
  }

  @inline(__always)
  static func test(_ op: CompareOperator, _ a: Value, _ b: Value) -> Bool {
    switch op {
    case .equal: return Value.loosely(a, equals: b)
    case .notEqual: return !Value.loosely(a, equals: b)
    default:
      guard let o = Value.order(a, b) else { return false }
      return op.holds(o)
    }
  }

  func inList(_ l: Expr, _ r: Expr) throws(Diagnostic) -> RowPredicate {
    guard case .column(let i, let col) = try leftOperand(l) else {
      throw Diagnostic(code: "eval.type-mismatch", .expectedColumn, span: l.span)
    }
    guard case .list(let items, _) = r else {
      throw Diagnostic(code: "eval.type-mismatch", "expected a list like [a, b]", span: r.span)
    }
    var values: [Value] = []
    for item in items {
      guard case .constant(let v, let text, let span) = try rightOperand(item) else {
        throw Diagnostic(
          code: "eval.type-mismatch", "expected a value in the list", span: item.span)
      }
      values.append(try fit(v, text: text, span: span, to: col, ordering: false))
    }
    let allowed = values
    return { [rows] n in allowed.contains { Value.loosely(rows[n][i], equals: $0) } }
  }

  func contains(_ l: Expr, _ r: Expr) throws(Diagnostic) -> RowPredicate {
    guard case .column(let i, _) = try leftOperand(l) else {
      throw Diagnostic(code: "eval.type-mismatch", .expectedColumn, span: l.span)
    }
    let needle: String
    switch try rightOperand(r) {
    case .constant(_, let text, _): needle = text
    case .column:
      throw Diagnostic(
        code: "eval.type-mismatch", "expected a value after 'contains'", span: r.span)
    }
    return { [rows] n in
      switch rows[n][i] {
      case .list(let items):
        return items.contains {
          $0.displayText.compare(needle, options: .caseInsensitive) == .orderedSame
        }
      case .null: return false
      case let cell: return cell.displayText.range(of: needle, options: .caseInsensitive) != nil
      }
    }
  }

  func matches(_ l: Expr, _ r: Expr) throws(Diagnostic) -> RowPredicate {
    guard case .column(let i, _) = try leftOperand(l) else {
      throw Diagnostic(code: "eval.type-mismatch", .expectedColumn, span: l.span)
    }
    guard case .string(let pattern, let span) = r else {
      throw Diagnostic(code: "eval.type-mismatch", "expected a quoted pattern", span: r.span)
    }
    let regex: NSRegularExpression
    do {
      regex = try NSRegularExpression(pattern: pattern)
    } catch {
      throw Diagnostic(code: "eval.bad-regex", .badRegex(pattern), span: span)
    }
    let box = RegexBox(regex: regex)
    return { [rows] n in
      let text = rows[n][i].displayText
      return box.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
  }
}

/// Holds a compiled regex for a row closure.
final class RegexBox: @unchecked Sendable {
  let regex: NSRegularExpression
  init(regex: NSRegularExpression) { self.regex = regex }
}
