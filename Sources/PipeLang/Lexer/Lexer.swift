import Diagnostics
import Foundation

extension Diagnostic.Message {
  static let unterminatedString: Self = "unterminated string"
  static func unexpectedCharacter(_ c: Character) -> Self { "unexpected character '\(c)'" }
}

/// Turns script text into tokens. Errors are collected, not thrown, so the parser sees every line.
///
/// ```
/// claims | where level >= likely   →   word(claims) pipe word(where) word(level) >= word(likely)
/// ```
/// A newline right after `|` is dropped, so a line ending in `|` continues on the next one.
public struct Lexer {
  private let scalars: [Unicode.Scalar]
  private let file: String
  private let lines: [String]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  /// Words that start a command statement (`why`, `help`) when they begin a statement.
  private let commandNames: Set<String>
  private var atStatementStart = true
  public private(set) var diagnostics: [Diagnostic] = []

  /// `commandNames`: a statement starting with one of these words, with no unquoted `|` before
  /// the end of its line, becomes one `.command` token holding the raw rest of the line.
  public init(_ text: String, file: String, commandNames: Set<String> = []) {
    self.scalars = Array(text.unicodeScalars)
    self.file = file
    self.commandNames = commandNames
    self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  /// The source text of 1-based line `n`, for carets.
  public func sourceLine(_ n: Int) -> String? {
    n >= 1 && n <= lines.count ? lines[n - 1] : nil
  }

  /// Every token up to and including `.end`.
  public mutating func tokenize() -> [Token] {
    var tokens: [Token] = []
    while true {
      let token = next()
      if token.kind == .newline, let last = tokens.last,
        last.kind == .pipe || last.kind == .newline || last.kind == .semicolon
      {
        continue
      }
      if token.kind == .newline, tokens.isEmpty { continue }
      tokens.append(token)
      atStatementStart = token.kind == .newline || token.kind == .semicolon
      if token.kind == .end { return tokens }
    }
  }

  // MARK: - Scanning

  private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
  private func peek(_ offset: Int) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private func span(from start: Int, line startLine: Int, lineStart ls: Int) -> SourceSpan {
    SourceSpan(file: file, line: startLine, column: start - ls + 1, length: index - start)
  }

  private func text(from start: Int) -> String {
    var s = String.UnicodeScalarView()
    s.append(contentsOf: scalars[start..<index])
    return String(s)
  }

  private mutating func next() -> Token {
    skipBlanksAndComments()
    let start = index
    let startLine = line
    let ls = lineStart
    func make(_ kind: Token.Kind) -> Token {
      Token(
        kind: kind, span: span(from: start, line: startLine, lineStart: ls), text: text(from: start)
      )
    }
    guard let c = peek else { return make(.end) }
    index += 1
    switch c {
    case "\n":
      let t = make(.newline)
      line += 1
      lineStart = index
      return t
    case "|": return make(.pipe)
    case ",": return make(.comma)
    case ";": return make(.semicolon)
    case "(": return make(.leftParen)
    case ")": return make(.rightParen)
    case "[": return make(.leftBracket)
    case "]": return make(.rightBracket)
    case "=":
      if peek == "=" { index += 1; return make(.equalEqual) }
      return make(.equal)
    case "!":
      if peek == "=" { index += 1; return make(.bangEqual) }
    case "<":
      if peek == "=" { index += 1; return make(.lessEqual) }
      return make(.less)
    case ">":
      if peek == "=" { index += 1; return make(.greaterEqual) }
      return make(.greater)
    case "\"": return scanString(start: start, startLine: startLine, lineStart: ls)
    case "$":
      while let p = peek, Lexer.isWordScalar(p) { index += 1 }
      let name = text(from: start + 1)
      if !name.isEmpty { return make(.variable(name)) }
    case "-" where peek.map(Lexer.isWordStart) == true,
      "+" where peek.map(Lexer.isWordStart) == true:
      // `-3` is a number; `+army-loyalty` and `-hedge` are words (tag labels).
      return make(scanWord(start: start))
    default:
      if Lexer.isWordStart(c) {
        let kind = scanWord(start: start)
        if atStatementStart, case .word(let name) = kind, commandNames.contains(name),
          let arguments = scanCommandArguments()
        {
          return make(.command(name: name, arguments: arguments))
        }
        return make(kind)
      }
    }
    let t = make(.word(text(from: start)))
    diagnostics.append(
      Diagnostic(
        code: "parse.unexpected-character", .unexpectedCharacter(Character(c)), span: t.span,
        sourceLine: sourceLine(startLine)))
    return next()
  }

  /// After a command's name: the rest of the statement (up to a newline, an unquoted `;` or
  /// `#`), trimmed, or nil (and nothing consumed) when an unquoted `|` makes it a pipeline.
  private mutating func scanCommandArguments() -> String? {
    let begin = index
    var inString = false
    var end = index
    while let c = peek {
      if c == "\n" { break }
      if inString {
        if c == "\\", let n = peek(1), n != "\n" {
          index += 1
        } else if c == "\"" {
          inString = false
        }
      } else {
        if c == ";" || c == "#" { break }
        if c == "|" {
          index = begin
          return nil
        }
        if c == "\"" { inString = true }
      }
      index += 1
      if c != " " && c != "\t" && c != "\r" { end = index }
    }
    index = end
    return text(from: begin).trimmingCharacters(in: .whitespaces)
  }

  private mutating func skipBlanksAndComments() {
    while let c = peek {
      if c == " " || c == "\t" || c == "\r" {
        index += 1
      } else if c == "#" {
        while let d = peek, d != "\n" { index += 1 }
      } else {
        return
      }
    }
  }

  private mutating func scanWord(start: Int) -> Token.Kind {
    while let p = peek, Lexer.isWordScalar(p) { index += 1 }
    let word = text(from: start)
    if let number = Lexer.number(word) { return .number(number.0, isInteger: number.1) }
    return .word(word)
  }

  private mutating func scanString(start: Int, startLine: Int, lineStart ls: Int) -> Token {
    var value = String.UnicodeScalarView()
    while let c = peek, c != "\"", c != "\n" {
      index += 1
      if c == "\\", let n = peek, n != "\n" {
        index += 1
        switch n {
        case "n": value.append("\n")
        case "t": value.append("\t")
        default: value.append(n)
        }
      } else {
        value.append(c)
      }
    }
    let closed = peek == "\""
    if closed { index += 1 }
    let token = Token(
      kind: .string(String(value)), span: span(from: start, line: startLine, lineStart: ls),
      text: text(from: start))
    if !closed {
      diagnostics.append(
        Diagnostic(
          code: "parse.unterminated-string", .unterminatedString,
          span: SourceSpan(file: file, line: startLine, column: start - ls + 1, length: 1),
          sourceLine: sourceLine(startLine), help: "add a closing '\"'"))
    }
    return token
  }

  // MARK: - Character classes

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c >= "0" && c <= "9" }

  static func isWordStart(_ c: Unicode.Scalar) -> Bool {
    isDigit(c) || c == "_" || c.properties.isAlphabetic
  }

  static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
    isWordStart(c) || c == "-" || c == "." || c == "/"
  }

  /// `42` → (42, true); `0.5`, `-1.5` → doubles; anything else (e.g. `1957-cia`) is not a number.
  static func number(_ word: String) -> (Double, Bool)? {
    var body = Substring(word)
    if body.hasPrefix("-") { body = body.dropFirst() }
    guard !body.isEmpty else { return nil }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2,
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    guard let d = Double(word) else { return nil }
    return (d, parts.count == 1)
  }
}
