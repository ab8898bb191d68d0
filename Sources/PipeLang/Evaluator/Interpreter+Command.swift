import Diagnostics

extension Diagnostic.Message {
  static func commandFailed(_ name: String, _ error: any Error) -> Self {
    "'\(name)' failed: \(error)"
  }
}

extension Interpreter {
  /// Adds (or replaces) a command that statements can run.
  public func register(_ handler: CommandHandler) {
    commands[handler.name] = handler
  }

  /// Runs a command statement; its text goes out as one note. Errors without a span get the
  /// statement's.
  func runCommand(
    _ name: String, arguments: String, span: SourceSpan, emit: (InterpreterOutput) -> Void
  ) throws {
    guard let handler = commands[name] else {
      throw Diagnostic(
        code: "eval.unknown-command", "unknown command '\(name)'", span: span, help: nil,
        notes: [])
    }
    let text: String
    do {
      text = try handler.run(arguments, self)
    } catch var d as Diagnostic {
      if d.span == nil { d.span = span }
      throw d
    } catch {
      throw Diagnostic(
        code: "eval.command-failed", .commandFailed(name, error), span: span, help: nil, notes: [])
    }
    flushNotes(emit)
    var shown = Substring(text)
    while shown.hasSuffix("\n") { shown = shown.dropLast() }
    if !shown.isEmpty { emit(.note(String(shown))) }
  }
}
