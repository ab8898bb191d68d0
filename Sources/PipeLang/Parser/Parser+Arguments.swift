import Diagnostics

/// A column name as written, with its span for "unknown column" carets.
public struct ColumnRef: Sendable, Hashable {
  public var name: String
  public var span: SourceSpan
}

/// Helpers stages use to read their arguments.
extension Parser {
  /// Rule: `column := WORD`.
  public mutating func column() throws(Diagnostic) -> ColumnRef {
    guard let name = current.word, !atStageEnd else {
      throw unexpectedError(expected: "a column name")
    }
    return ColumnRef(name: name, span: advance().span)
  }

  /// Rule: `columns := column ("," column)*`.
  public mutating func columnList() throws(Diagnostic) -> [ColumnRef] {
    var columns = [try column()]
    while current.kind == .comma {
      position += 1
      columns.append(try column())
    }
    return columns
  }

  /// Rule: `INT`, a non-negative whole number.
  public mutating func integer(_ what: String) throws(Diagnostic) -> Int {
    guard case .number(let d, true) = current.kind, d >= 0, d < 1e15 else {
      throw unexpectedError(expected: what)
    }
    position += 1
    return Int(d)
  }

  /// Rule: `STRING`, a double-quoted string.
  public mutating func string(_ what: String) throws(Diagnostic) -> (String, SourceSpan) {
    guard case .string(let s) = current.kind else { throw unexpectedError(expected: what) }
    return (s, advance().span)
  }

  /// Consumes the bare word `keyword` if it is next.
  public mutating func accept(_ keyword: String) -> Bool {
    guard current.isWord(keyword) else { return false }
    position += 1
    return true
  }

  /// Consumes a bare word and returns it with its span.
  public mutating func word(_ what: String) throws(Diagnostic) -> (String, SourceSpan) {
    guard let w = current.word else { throw unexpectedError(expected: what) }
    return (w, advance().span)
  }

  /// True when the next token is a bare word (and not the end of the stage).
  public var atWord: Bool { current.word != nil }
}
