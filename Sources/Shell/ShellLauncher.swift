import Diagnostics
import Foundation
import LineEditing
import PipeLang

/// Starts the shell the right way for the process: libedit, prompts and colour on a terminal;
/// a plain line reader (no prompts, stop at the first error) when stdin or stdout is not one.
public enum ShellLauncher {
  /// Runs the shell to the end and returns the exit status. The terminal is restored before
  /// returning. `historyPath`'s folder is created if missing.
  public static func run(
    interpreter: Interpreter, commands: [any ShellCommand] = [], historyPath: String?
  ) -> Int32 {
    let interactive = Terminal.isInteractive
    let colour = Terminal.wantsColour
    let reader: any LineReader
    var libedit: LibeditLineReader?
    if interactive {
      if let historyPath {
        try? FileManager.default.createDirectory(
          at: URL(fileURLWithPath: historyPath).deletingLastPathComponent(),
          withIntermediateDirectories: true)
      }
      let r = LibeditLineReader(historyPath: historyPath)
      libedit = r
      reader = r
      interpreter.context.cancellation = Cancellation { Terminal.interruptPending }
    } else {
      reader = PlainLineReader()
    }
    let repl = Repl(
      reader: reader, output: StandardOutputSink(), interpreter: interpreter, commands: commands,
      renderer: TableRenderer(width: Terminal.width, colour: colour),
      diagnostics: DiagnosticRenderer(colour: colour))
    if interactive {
      repl.width = { Terminal.width }
    } else {
      repl.errorOutput = StandardErrorSink()
    }
    let status = repl.run()
    libedit?.close()
    return status
  }
}
