import PipeLang

/// A command typed at the shell prompt rather than a pipeline, such as `help` or the
/// coordinator's `show CLAIM-ID`.
///
/// A statement whose first word is a command's name and whose line has no `|` runs that
/// command, at the prompt and in scripts, `assay -c`, piped input and notebooks alike (the
/// shell registers it with the interpreter; see `CommandHandler`).
public protocol ShellCommand {
  /// The word that starts the command.
  var name: String { get }
  /// Usage such as `show CLAIM-ID`.
  var usage: String { get }
  /// One sentence for `help`.
  var summary: String { get }
  /// Runs with the rest of the line; returns text to show. Throw a `Diagnostic` on failure.
  func run(arguments: String, context: ShellContext) throws -> String
}

/// What shell commands can reach.
public struct ShellContext {
  public let interpreter: Interpreter
  public var catalog: any TableCatalog { interpreter.catalog }
  /// Every command the shell knows, built-ins included (for `help`).
  public let commands: [any ShellCommand]
  /// Draws a table the way pipeline results are drawn.
  public let render: (PipeValue) -> String
}
