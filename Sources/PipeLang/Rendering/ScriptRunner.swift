import Diagnostics
import Foundation

/// Runs a whole script (`assay run FILE`, `assay -c`, piped stdin) and writes what the shell
/// would: rendered results on `output`, diagnostics on `errors`. Returns 0, 65 or 70.
public struct ScriptRunner {
  public let interpreter: Interpreter
  public var renderer: TableRenderer
  public var diagnostics: DiagnosticRenderer

  public init(
    interpreter: Interpreter, renderer: TableRenderer = TableRenderer(),
    diagnostics: DiagnosticRenderer = DiagnosticRenderer()
  ) {
    self.interpreter = interpreter
    self.renderer = renderer
    self.diagnostics = diagnostics
  }

  /// Runs `text`, named `file` in messages; `source` paths resolve against `directory`.
  public func run(
    _ text: String, file: String, directory: URL? = nil, origin: URL? = nil,
    output: (String) -> Void, errors: (String) -> Void
  ) -> Int32 {
    let outcome = interpreter.run(text, file: file, directory: directory, origin: origin) {
      item in
      switch item {
      case .result(let value): output(renderer.render(value) + "\n")
      case .note(let note): output(note + "\n")
      }
    }
    for d in outcome.diagnostics { errors(diagnostics.render(d) + "\n") }
    return outcome.exitStatus
  }

  /// Reads and runs the script at `path`; a missing file returns 66 (EX_NOINPUT).
  public func runFile(_ path: String, output: (String) -> Void, errors: (String) -> Void) -> Int32 {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      errors(
        diagnostics.render(Diagnostic(code: "eval.file-not-found", .cannotRead(path))) + "\n")
      return 66
    }
    return run(
      text, file: path, directory: url.deletingLastPathComponent(), origin: url, output: output,
      errors: errors)
  }
}
