import Diagnostics

extension Diagnostic.Message {
  static func unexpected(_ found: String, expected: String) -> Self {
    "expected \(expected), found \(found)"
  }
  static func unknownStage(_ name: String) -> Self { "unknown stage '\(name)'" }
}

/// Recursive-descent parser for scripts; reports every syntax error (see `Grammar.md`).
///
/// ```
/// let top = claims | where level >= likely | group doc | count
/// ```
/// After an error it skips to the next `|`, newline or `;` and carries on.
public struct Parser {
  var tokens: [Token]
  var position = 0
  let lexer: Lexer
  public private(set) var diagnostics: [Diagnostic] = []

  /// `commandNames`: words that start a command statement (see `Lexer`).
  public init(_ text: String, file: String, commandNames: Set<String> = []) {
    var lexer = Lexer(text, file: file, commandNames: commandNames)
    self.tokens = lexer.tokenize()
    self.lexer = lexer
    self.diagnostics = lexer.diagnostics
  }

  /// Parses a whole script. Rule: `script`.
  public mutating func parseScript() -> [Statement] {
    var statements: [Statement] = []
    while current.kind != .end {
      if current.kind == .newline || current.kind == .semicolon {
        position += 1
        continue
      }
      do throws(Diagnostic) {
        statements.append(try statement())
        if !atStatementEnd {
          throw unexpectedError(expected: "'|' or end of line")
        }
      } catch {
        report(error)
        synchronize(toStatementEnd: true)
      }
    }
    diagnostics.sort {
      ($0.span?.line ?? 0, $0.span?.column ?? 0) < ($1.span?.line ?? 0, $1.span?.column ?? 0)
    }
    return statements
  }

  // MARK: - Statements

  /// Rule: `statement := "let" NAME "=" pipeline | "source" STRING | COMMAND | pipeline`.
  mutating func statement() throws(Diagnostic) -> Statement {
    let start = current
    if case .command(let name, let arguments) = start.kind {
      position += 1
      return .command(name: name, arguments: arguments, span: start.span)
    }
    if start.isWord("let"), peekKind(1).isWordLike, peekKind(2) == .equal {
      position += 1
      let name = advance().text
      position += 1
      return .assignment(name: name, pipeline: try pipeline(), span: start.span)
    }
    if start.isWord("source"), case .string(let path) = peekKind(1) {
      position += 2
      return .include(path: path, span: start.span)
    }
    return .pipeline(try pipeline())
  }

  /// Rule: `pipeline := source ("|" stage)*`.
  mutating func pipeline() throws(Diagnostic) -> Pipeline {
    let startSpan = current.span
    let source = try pipelineSource()
    var stages: [StageInvocation] = []
    var failed: Diagnostic?
    while current.kind == .pipe {
      position += 1
      do throws(Diagnostic) {
        stages.append(try stage())
        if !atStageEnd { throw unexpectedError(expected: "'|' or end of line") }
      } catch {
        if failed == nil { failed = error } else { report(error) }
        synchronize(toStatementEnd: false)
      }
    }
    if let failed { throw failed }
    return Pipeline(source: source, stages: stages, span: startSpan)
  }

  /// Rule: `source := NAME [WORD] | VARIABLE`.
  mutating func pipelineSource() throws(Diagnostic) -> PipelineSource {
    let token = current
    switch token.kind {
    case .variable(let name):
      position += 1
      return .variable(name: name, span: token.span)
    case .word(let name):
      position += 1
      var argument: String?
      switch current.kind {
      case .word(let w), .string(let w): argument = w; position += 1
      case .number: argument = current.text; position += 1
      default: break
      }
      return .table(name: name, argument: argument, span: token.span)
    default:
      throw unexpectedError(expected: "a table name or $variable")
    }
  }

  /// Rule: `stage := STAGE-NAME arguments` (each stage type parses its own arguments).
  mutating func stage() throws(Diagnostic) -> StageInvocation {
    let token = current
    guard let name = token.word else { throw unexpectedError(expected: "a stage name") }
    guard let type = StageRegistry.stage(named: name) else {
      let near = Suggest.nearest(name, in: StageRegistry.names)
      throw error(
        code: "parse.unknown-stage", .unknownStage(name), at: token,
        help: near.map { "did you mean '\($0)'?" })
    }
    position += 1
    let stage = try type.parse(&self)
    return StageInvocation(stage: stage, span: token.span)
  }

  // MARK: - Cursor

  var current: Token { tokens[min(position, tokens.count - 1)] }

  func peekKind(_ offset: Int) -> Token.Kind {
    tokens[min(position + offset, tokens.count - 1)].kind
  }

  @discardableResult
  mutating func advance() -> Token {
    let t = current
    if position < tokens.count - 1 { position += 1 }
    return t
  }

  /// True at `|`, a newline, `;`, `)` or the end: where a stage's arguments stop.
  public var atStageEnd: Bool {
    switch current.kind {
    case .pipe, .newline, .semicolon, .end: true
    default: false
    }
  }

  var atStatementEnd: Bool {
    switch current.kind {
    case .newline, .semicolon, .end: true
    default: false
    }
  }

  mutating func synchronize(toStatementEnd: Bool) {
    while !atStatementEnd {
      if !toStatementEnd, current.kind == .pipe { return }
      position += 1
    }
  }

  mutating func report(_ d: Diagnostic) {
    var d = d
    if d.sourceLine == nil, let line = d.span?.line { d.sourceLine = lexer.sourceLine(line) }
    if !diagnostics.contains(where: { $0.span == d.span && $0.code == d.code }) {
      diagnostics.append(d)
    }
  }

  // MARK: - Errors

  func error(code: String, _ message: Diagnostic.Message, at token: Token, help: String? = nil)
    -> Diagnostic
  {
    var span = token.span
    if token.kind == .newline || token.kind == .end { span.length = 1 }
    return Diagnostic(
      code: code, message, span: span, sourceLine: lexer.sourceLine(span.line), help: help)
  }

  /// `parse.unexpected-token` at the current token.
  public func unexpectedError(expected: String) -> Diagnostic {
    error(
      code: "parse.unexpected-token", .unexpected(current.describe, expected: expected), at: current
    )
  }
}

extension Token.Kind {
  var isWordLike: Bool {
    if case .word = self { return true }
    return false
  }
}
