import Diagnostics

/// One lexical unit of a pipeline script, with where it sits in the text.
public struct Token: Sendable, Hashable {
  /// What kind of token this is; `word` covers names, keywords and bare-word values.
  public enum Kind: Sendable, Hashable {
    case word(String)
    case string(String)
    case number(Double, isInteger: Bool)
    /// `$NAME`: a stored result or a `--set` parameter.
    case variable(String)
    case pipe, comma, leftParen, rightParen, leftBracket, rightBracket
    case equal, equalEqual, bangEqual, less, lessEqual, greater, greaterEqual
    /// A statement separator: a newline (not after `|`) or `;`.
    case newline
    case semicolon
    /// A whole command statement, such as `why 1953-uk-beria/2.2`: its name and the raw rest
    /// of the line (trimmed; `""` when there is none).
    case command(name: String, arguments: String)
    case end
  }

  public var kind: Kind
  public var span: SourceSpan
  /// The exact source text of the token.
  public var text: String

  /// The word's text when this is a bare word.
  public var word: String? {
    if case .word(let w) = kind { return w }
    return nil
  }

  /// True for the bare word `keyword` (case-sensitive).
  public func isWord(_ keyword: String) -> Bool { word == keyword }

  /// A short description for error messages: `'where'`, `end of line`.
  public var describe: String {
    switch kind {
    case .newline: "end of line"
    case .end: "end of input"
    case .string: "string \(text)"
    default: "'\(text)'"
    }
  }
}
