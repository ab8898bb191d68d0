import Diagnostics
import Foundation
import PipeLang

/// A code block whose stored output is not what running it gives.
public struct StaleCell: Sendable, Equatable {
  /// 1-based line of the block's ```` ```assay ```` fence.
  public var line: Int
  /// True when the block has no stored output but should have one.
  public var missing: Bool

  public init(line: Int, missing: Bool) {
    self.line = line
    self.missing = missing
  }
}

/// What running a notebook gave: the rewritten text and the blocks whose output changed.
public struct NotebookResult: Sendable {
  /// The notebook with every output block brought up to date.
  public var text: String
  public var stale: [StaleCell]
}

/// Runs a notebook's code blocks in order in one session (so `let` results carry over), as the
/// shell would show them: results and errors, no colour, 100 columns wide.
///
/// Within a block, statements run as a script (stopping at the first error); the next block
/// runs whatever happened. Diagnostics name the notebook's own FILE:LINE.
public final class NotebookRunner {
  public static let width = 100
  let interpreter: Interpreter
  let renderer = TableRenderer(width: NotebookRunner.width, colour: false)
  let diagnostics = DiagnosticRenderer(colour: false)

  /// Registers `commands` (and `help`) on `interpreter`, drawing tables at the notebook width.
  public init(interpreter: Interpreter, commands: [any ShellCommand] = []) {
    self.interpreter = interpreter
    interpreter.registerShellCommands(commands) { [renderer] in renderer.render($0) }
  }

  /// Runs every block of `text`; `file` names the notebook in diagnostics and `directory`
  /// anchors `source` and `export` paths.
  public func run(_ text: String, file: String, directory: URL? = nil) -> NotebookResult {
    let notebook = Notebook(text)
    if let directory { interpreter.context.directory = directory }
    let runner = ScriptRunner(
      interpreter: interpreter, renderer: renderer, diagnostics: diagnostics)
    var outputs: [String?] = []
    var stale: [StaleCell] = []
    // How far the rewritten notebook's lines have moved from the input's so far.
    var shift = 0
    for cell in notebook.cells {
      var shown = ""
      // Leading newlines make line numbers those of the rewritten notebook, so a fresh run
      // reproduces them.
      let padded = String(repeating: "\n", count: cell.codeStart + shift) + cell.code
      _ = runner.run(
        padded, file: file, directory: directory, output: { shown += $0 }, errors: { shown += $0 })
      while shown.hasSuffix("\n") { shown.removeLast() }
      let output: String? = shown.isEmpty ? nil : shown
      outputs.append(output)
      shift += Notebook.outputBlockLineCount(output) - (cell.outputLines?.count ?? 0)
      if output != cell.output {
        stale.append(StaleCell(line: cell.fenceLine, missing: cell.output == nil))
      }
    }
    return NotebookResult(text: notebook.replacingOutputs(outputs), stale: stale)
  }
}
