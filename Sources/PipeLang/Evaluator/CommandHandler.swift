import Diagnostics

/// A statement-level command the interpreter runs, such as `why CLAIM-ID` or `help`.
///
/// The shell fills the interpreter's table from its commands, so a saved script, `assay -c`,
/// piped input and the prompt all run the same text the same way. A statement is a command when
/// its first word names one and no unquoted `|` follows on its line.
public struct CommandHandler {
  /// The word that starts the command.
  public var name: String
  /// Usage such as `why CLAIM-ID`.
  public var usage: String
  /// One sentence for `help`.
  public var summary: String
  /// Runs with the raw rest of the line (trimmed) and returns text to show. A thrown
  /// `Diagnostic` without a span gets the statement's span.
  public var run: (_ arguments: String, _ interpreter: Interpreter) throws -> String

  public init(
    name: String, usage: String, summary: String,
    run: @escaping (_ arguments: String, _ interpreter: Interpreter) throws -> String
  ) {
    self.name = name
    self.usage = usage
    self.summary = summary
    self.run = run
  }
}
