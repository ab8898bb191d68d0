import Diagnostics

/// Expression rules for `where`.
extension Parser {
  /// Rule: `expr := or`.
  public mutating func expression() throws(Diagnostic) -> Expr {
    try orExpr()
  }

  /// Rule: `or := and ("or" and)*`.
  mutating func orExpr() throws(Diagnostic) -> Expr {
    var left = try andExpr()
    while accept("or") { left = .or(left, try andExpr()) }
    return left
  }

  /// Rule: `and := not ("and" not)*`.
  mutating func andExpr() throws(Diagnostic) -> Expr {
    var left = try notExpr()
    while accept("and") { left = .and(left, try notExpr()) }
    return left
  }

  /// Rule: `not := "not" not | test`.
  mutating func notExpr() throws(Diagnostic) -> Expr {
    let span = current.span
    if accept("not") { return .not(try notExpr(), span) }
    return try test()
  }

  /// Rule: `test := operand [(CMP operand) | "in" list | "contains" operand | "matches" STRING]`.
  mutating func test() throws(Diagnostic) -> Expr {
    let left = try operand()
    let opToken = current
    if let op = Parser.compareOperator(current.kind) {
      position += 1
      return .compare(left, op, try operand(), opToken.span)
    }
    if accept("in") {
      guard current.kind == .leftBracket else { throw unexpectedError(expected: "'['") }
      return .inList(left, try operand(), opToken.span)
    }
    if accept("contains") { return .contains(left, try operand(), opToken.span) }
    if accept("matches") {
      let (pattern, span) = try string("a quoted regular expression")
      return .matches(left, .string(pattern, span), opToken.span)
    }
    return left
  }

  /// Rule: `operand := WORD | STRING | NUMBER | VARIABLE | list | "(" expr ")"`.
  mutating func operand() throws(Diagnostic) -> Expr {
    let token = current
    switch token.kind {
    case .word(let w) where !["and", "or", "in", "contains", "matches"].contains(w):
      position += 1
      return .word(w, token.span)
    case .string(let s):
      position += 1
      return .string(s, token.span)
    case .number(let d, let isInteger):
      position += 1
      return .number(d, isInteger: isInteger, token.span)
    case .variable(let name):
      position += 1
      return .parameter(name, token.span)
    case .leftParen:
      position += 1
      let inner = try expression()
      guard current.kind == .rightParen else {
        throw error(
          code: "parse.missing-paren", "expected ')' to close '('", at: current,
          help: "this '(' is not closed")
      }
      position += 1
      return inner
    case .leftBracket:
      position += 1
      var items: [Expr] = []
      while current.kind != .rightBracket {
        items.append(try operand())
        if current.kind == .comma { position += 1 } else { break }
      }
      guard current.kind == .rightBracket else { throw unexpectedError(expected: "',' or ']'") }
      position += 1
      return .list(items, token.span)
    default:
      throw unexpectedError(expected: "an expression")
    }
  }

  static func compareOperator(_ kind: Token.Kind) -> CompareOperator? {
    switch kind {
    case .equalEqual: .equal
    case .bangEqual: .notEqual
    case .less: .less
    case .lessEqual: .lessEqual
    case .greater: .greater
    case .greaterEqual: .greaterEqual
    default: nil
    }
  }
}
