import Diagnostics
import Foundation
import TableModel

extension Diagnostic.Message {
  static func unknownVariable(_ name: String) -> Self { "unknown variable '$\(name)'" }
  static func includeCycle(_ path: String) -> Self { "'\(path)' sources itself" }
  static func cannotRead(_ path: String) -> Self { "cannot read '\(path)'" }
}

/// What a statement hands to whoever shows results.
public enum InterpreterOutput {
  /// A pipeline's result, to be drawn.
  case result(PipeValue)
  /// A line of information, such as "wrote 3 rows to out.csv".
  case note(String)
}

/// How running some text ended.
public enum RunOutcome: Equatable, Sendable {
  case success
  /// Every syntax error found; nothing ran. Exit status 65.
  case syntaxErrors([Diagnostic])
  /// The first runtime error; statements before it ran. Exit status 70.
  case runtimeError(Diagnostic)

  /// The sysexits status: 0, 65 or 70.
  public var exitStatus: Int32 {
    switch self {
    case .success: 0
    case .syntaxErrors: 65
    case .runtimeError: 70
    }
  }

  /// The diagnostics to show.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .success: []
    case .syntaxErrors(let d): d
    case .runtimeError(let d): [d]
    }
  }
}

/// Runs scripts and shell lines: parses, keeps `let` results, evaluates pipelines.
public final class Interpreter {
  public let catalog: any TableCatalog
  /// Stage environment: `--set` parameters, cancellation, exporter, overwrite prompt.
  public let context: EvalContext
  /// Results stored with `let NAME = ...`.
  public private(set) var variables: [String: Table] = [:]
  /// Commands a statement can run (`why`, `help`, ...), by name; see `register(_:)`.
  public internal(set) var commands: [String: CommandHandler] = [:]
  /// `--set` values, read in expressions as `$name`.
  public var parameters: [String: String] {
    get { context.parameters }
    set { context.parameters = newValue }
  }
  var includeStack: [String] = []

  public init(catalog: any TableCatalog, context: EvalContext = EvalContext()) {
    self.catalog = catalog
    self.context = context
  }

  /// Parses and runs `text`; `file` names it in diagnostics, `directory` anchors `source` paths,
  /// and `origin` (the script's own file, if any) lets `source` detect a script including itself.
  public func run(
    _ text: String, file: String, directory: URL? = nil, origin: URL? = nil,
    emit: (InterpreterOutput) -> Void
  ) -> RunOutcome {
    if let origin {
      includeStack.append(Self.includeKey(origin))
      defer { includeStack.removeLast() }
      return run(text, file: file, directory: directory, emit: emit)
    }
    var parser = Parser(text, file: file, commandNames: Set(commands.keys))
    let statements = parser.parseScript()
    if !parser.diagnostics.isEmpty { return .syntaxErrors(parser.diagnostics) }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let base = directory ?? context.directory
    for statement in statements {
      do {
        try execute(statement, directory: base, emit: emit)
      } catch var d as Diagnostic {
        if d.sourceLine == nil, let span = d.span, span.file == file, span.line <= lines.count {
          d.sourceLine = lines[span.line - 1]
        }
        return .runtimeError(d)
      } catch let nested as NestedOutcome {
        return nested.outcome
      } catch {
        return .runtimeError(Diagnostic(code: "eval.failed", "\(error)"))
      }
    }
    return .success
  }

  /// Runs one statement.
  func execute(_ statement: Statement, directory: URL, emit: (InterpreterOutput) -> Void) throws {
    switch statement {
    case .pipeline(let p):
      let value = try evaluate(p)
      flushNotes(emit)
      if !(p.stages.last?.stage is any EffectStage) { emit(.result(value)) }
    case .assignment(let name, let p, _):
      variables[name] = try evaluate(p).table
      flushNotes(emit)
    case .include(let path, let span):
      try include(path, span: span, directory: directory, emit: emit)
    case .command(let name, let arguments, let span):
      try runCommand(name, arguments: arguments, span: span, emit: emit)
    }
  }

  func flushNotes(_ emit: (InterpreterOutput) -> Void) {
    for note in context.notes { emit(.note(note)) }
    context.notes.removeAll()
  }

  /// Evaluates a pipeline to its final value.
  public func evaluate(_ pipeline: Pipeline) throws(Diagnostic) -> PipeValue {
    var value = PipeValue(table: try sourceTable(pipeline.source))
    for (n, invocation) in pipeline.stages.enumerated() {
      try context.cancellation.check()
      if let filter = invocation.stage as? WhereStage, n + 1 < pipeline.stages.count,
        pipeline.stages[n + 1].stage is GroupStage, value.pendingFilter == nil
      {
        value.pendingFilter = try filter.predicate(for: value.table, in: context)
        continue
      }
      if value.grouping != nil, !GroupStage.isAggregate(invocation.stage) {
        value = try CountStage().run(value, in: context)
      }
      do {
        value = try invocation.stage.run(value, in: context)
      } catch var d {
        if d.span == nil { d.span = invocation.span }
        throw d
      }
    }
    if value.grouping != nil { value = try CountStage().run(value, in: context) }
    return value
  }

  private func sourceTable(_ source: PipelineSource) throws(Diagnostic) -> Table {
    switch source {
    case .variable(let name, let span):
      if let table = variables[name] { return table }
      let near = Suggest.nearest(name, in: Array(variables.keys))
      throw Diagnostic(
        code: "eval.unknown-variable", .unknownVariable(name), span: span,
        help: near.map { "did you mean '$\($0)'?" }, notes: [])
    case .table(let name, let argument, let span):
      guard catalog.tableNames.contains(name) else {
        let near = Suggest.nearest(name, in: catalog.tableNames)
        throw Diagnostic(
          code: "eval.unknown-table", .unknownTable(name), span: span,
          help: near.map { "did you mean '\($0)'?" },
          notes: near == nil ? ["tables: \(catalog.tableNames.joined(separator: ", "))"] : [])
      }
      do {
        return try catalog.table(named: name, argument: argument)
      } catch var d as Diagnostic {
        if d.span == nil { d.span = span }
        throw d
      } catch {
        throw Diagnostic(code: "eval.table-failed", "\(error)", span: span, help: nil, notes: [])
      }
    }
  }
}

/// Carries an included script's own outcome (with its own file and spans) out of `execute`.
struct NestedOutcome: Error {
  var outcome: RunOutcome
}
