import Annotations
import ClaimTable
import Diagnostics
import Foundation
import LineEditing
import PipeLang
import Shell

/// One loaded workbench with its interpreter and shell commands: what every mode runs on.
final class AssaySession {
  let workbench: Workbench
  let interpreter: Interpreter
  let commands: [any ShellCommand]

  let annotator: ClaimAnnotator

  /// The project's annotation store opens when first used; when it cannot be written, that is
  /// said once on standard error and the session carries on read-only.
  init(workbench: Workbench, project: URL) {
    self.workbench = workbench
    let options = AnnotationStore.Options(levelScale: ClaimColumns.levelScale)
    let annotator = ClaimAnnotator(
      workbench: workbench, project: project, options: options,
      report: { StandardError.write(DiagnosticRenderer().headline($0)) })
    self.annotator = annotator
    self.interpreter = Interpreter(
      catalog: WorkbenchCatalog(workbench: workbench, annotator: annotator))
    self.commands = [
      ShowCommand(workbench: workbench), WhyCommand(workbench: workbench, annotator: annotator),
      TagCommand(annotator: annotator), NoteCommand(annotator: annotator),
      SetCommand(annotator: annotator), UnsetCommand(annotator: annotator),
      UndoCommand(annotator: annotator),
      CompareCommand(workbench: workbench, annotator: annotator),
      KeynessCommand(workbench: workbench),
      DiffCommand(workbench: workbench),
    ]
    interpreter.context.annotator = annotator
    interpreter.registerShellCommands(commands) { value in
      TableRenderer(width: Terminal.width, colour: Terminal.wantsColour).render(value)
    }
  }

  private var runner: ScriptRunner {
    let colour = Terminal.wantsColour
    return ScriptRunner(
      interpreter: interpreter, renderer: TableRenderer(width: Terminal.width, colour: colour),
      diagnostics: DiagnosticRenderer(colour: colour))
  }

  /// Runs `assay -c` text as the shell would run the same lines piped in.
  func runLines(_ text: String) -> Int32 {
    let colour = Terminal.wantsColour
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let repl = Repl(
      reader: ScriptedLineReader(lines: lines, interactive: false), output: StandardOutputSink(),
      interpreter: interpreter, commands: commands,
      renderer: TableRenderer(width: Terminal.width, colour: colour),
      diagnostics: DiagnosticRenderer(colour: colour))
    repl.errorOutput = StandardErrorSink()
    return repl.run()
  }

  func runFile(_ path: String) -> Int32 {
    runner.runFile(path, output: Self.out, errors: Self.err)
  }

  private static func out(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
  private static func err(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }

  /// `$XDG_DATA_HOME/assay/history`, else `~/.local/share/assay/history`.
  static func historyPath() -> String {
    dataFolder().appendingPathComponent("history").path
  }

  static func dataFolder() -> URL {
    let environment = ProcessInfo.processInfo.environment
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      return URL(fileURLWithPath: xdg).appendingPathComponent("assay")
    }
    let home =
      environment["HOME"].map { URL(fileURLWithPath: $0) }
      ?? FileManager.default.homeDirectoryForCurrentUser
    return home.appendingPathComponent(".local/share/assay")
  }
}
