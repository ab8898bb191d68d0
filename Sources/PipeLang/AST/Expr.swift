import Diagnostics

/// A `where` expression, as parsed; column names are resolved against a table when it runs.
public indirect enum Expr: Sendable, Hashable {
  /// A bare word: a column on the left of a comparison, a column or value elsewhere.
  case word(String, SourceSpan)
  case string(String, SourceSpan)
  case number(Double, isInteger: Bool, SourceSpan)
  /// `$year`: a `--set` parameter.
  case parameter(String, SourceSpan)
  case list([Expr], SourceSpan)
  case not(Expr, SourceSpan)
  case and(Expr, Expr)
  case or(Expr, Expr)
  case compare(Expr, CompareOperator, Expr, SourceSpan)
  case inList(Expr, Expr, SourceSpan)
  case contains(Expr, Expr, SourceSpan)
  case matches(Expr, Expr, SourceSpan)

  /// Where the expression starts, for error carets.
  public var span: SourceSpan {
    switch self {
    case .word(_, let s), .string(_, let s), .number(_, _, let s), .parameter(_, let s),
      .list(_, let s), .not(_, let s):
      s
    case .and(let l, _), .or(let l, _): l.span
    case .compare(_, _, _, let s), .inList(_, _, let s), .contains(_, _, let s),
      .matches(_, _, let s):
      s
    }
  }
}

/// The six comparison operators.
public enum CompareOperator: String, Sendable, Hashable, CaseIterable {
  case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
  case greaterEqual = ">="

  /// True when the operator asks for an order, not just equality.
  public var isOrdering: Bool { self != .equal && self != .notEqual }

  /// Whether a three-way comparison result satisfies the operator.
  @inline(__always)
  public func holds(_ order: Int) -> Bool {
    switch self {
    case .equal: order == 0
    case .notEqual: order != 0
    case .less: order < 0
    case .lessEqual: order <= 0
    case .greater: order > 0
    case .greaterEqual: order >= 0
    }
  }
}
