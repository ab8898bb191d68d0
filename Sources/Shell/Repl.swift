import Diagnostics
import Foundation
import LineEditing
import PipeLang

/// The interactive loop: reads entries (a `|` at the end of a line asks for more), runs shell
/// commands and pipelines through the interpreter, shows results and errors, and carries on after errors.
///
/// ```
/// assay> claims | group doc |
///   ...> count
/// ```
public final class Repl {
  public static let prompt = "assay> "
  public static let continuationPrompt = "  ...> "

  let reader: any LineReader
  let output: any OutputSink
  /// Where diagnostics go; the output unless set (the launcher uses stderr for piped input).
  public var errorOutput: (any OutputSink)?
  public let interpreter: Interpreter
  /// Built-ins (`help`, `quit`, `exit`) then the caller's commands.
  public let commands: [any ShellCommand]
  public var renderer: TableRenderer
  public var diagnostics: DiagnosticRenderer
  /// Called before each result is drawn, to follow terminal resizes.
  public var width: (() -> Int)?
  private var entryCount = 0
  /// Status of the last entry: 0, 65 or 70.
  public private(set) var lastStatus: Int32 = 0

  public init(
    reader: any LineReader, output: any OutputSink, interpreter: Interpreter,
    commands: [any ShellCommand] = [], renderer: TableRenderer = TableRenderer(),
    diagnostics: DiagnosticRenderer = DiagnosticRenderer()
  ) {
    self.reader = reader
    self.output = output
    self.interpreter = interpreter
    self.commands =
      [HelpCommand(), QuitCommand(name: "quit"), QuitCommand(name: "exit")] + commands
    self.renderer = renderer
    self.diagnostics = diagnostics
    interpreter.registerShellCommands(self.commands) { [weak self] value in
      self?.renderer.render(value) ?? ""
    }
    reader.completer =
      CompletionEngine(
        catalog: interpreter.catalog, commandNames: self.commands.map(\.name),
        variables: { [weak interpreter] in interpreter?.variables ?? [:] }
      ).complete
    interpreter.context.confirmOverwrite = { [weak self] path in
      guard let self, self.reader.isInteractive else { return false }
      guard case .line(let answer) = self.reader.readLine(prompt: "overwrite '\(path)'? [y/N] ")
      else { return false }
      return ["y", "yes"].contains(answer.trimmingCharacters(in: .whitespaces).lowercased())
    }
  }

  /// Runs until end of input or `quit`. Interactive: errors are shown and the loop carries on;
  /// returns 0. Not interactive (piped stdin): stops at the first failing entry and returns
  /// its status (65 syntax, 70 runtime), like a script.
  @discardableResult
  public func run() -> Int32 {
    while let entry = readEntry() {
      if !handle(entry) { break }
      if !reader.isInteractive, lastStatus != 0 { return lastStatus }
    }
    return reader.isInteractive ? 0 : lastStatus
  }

  /// Reads one entry, joining lines that end in `|`; nil at end of input.
  func readEntry() -> String? {
    var lines: [String] = []
    while true {
      let prompt = lines.isEmpty ? Repl.prompt : Repl.continuationPrompt
      switch reader.readLine(prompt: prompt) {
      case .eof:
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
      case .interrupted:
        lines.removeAll()
      case .line(let line):
        lines.append(line)
        if !line.trimmingCharacters(in: .whitespaces).hasSuffix("|") {
          return lines.joined(separator: "\n")
        }
      }
    }
  }

  /// Runs one entry. Returns false when the shell should stop.
  @discardableResult
  public func handle(_ entry: String) -> Bool {
    let trimmed = entry.trimmingCharacters(in: .whitespacesAndNewlines)
    lastStatus = 0
    guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return true }
    reader.addHistory(
      entry.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(
        separator: " "))
    entryCount += 1
    if let width { renderer.width = max(width(), 20) }
    let word = String(trimmed.prefix { !$0.isWhitespace })
    if !trimmed.contains("|"), commands.contains(where: { $0.name == word && $0 is QuitCommand }) {
      return false
    }
    runEntry(entry)
    return true
  }

  /// Runs pipelines and commands alike through the interpreter (see `CommandHandler`).
  private func runEntry(_ text: String) {
    let file = reader.isInteractive ? "<shell>" : "<stdin>"
    let outcome = interpreter.run(text, file: file) { item in
      switch item {
      case .result(let value): output.write(renderer.render(value) + "\n")
      case .note(let note): output.write(note + "\n")
      }
    }
    lastStatus = outcome.exitStatus
    for d in outcome.diagnostics { report(d) }
  }

  private func report(_ d: Diagnostic) {
    // After Ctrl-C the terminal has echoed "^C" without a newline.
    let lead = d.code == "eval.cancelled" && reader.isInteractive ? "\n" : ""
    (errorOutput ?? output).write(lead + diagnostics.render(d) + "\n")
  }
}
