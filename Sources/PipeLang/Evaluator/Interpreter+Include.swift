import Diagnostics
import Foundation

/// `source "FILE"`: runs another script, path relative to the including script.
extension Interpreter {
  func include(
    _ path: String, span: SourceSpan, directory: URL, emit: (InterpreterOutput) -> Void
  ) throws {
    let url =
      path.hasPrefix("/")
      ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    let key = Self.includeKey(url)
    if includeStack.contains(key) {
      throw Diagnostic(
        code: "eval.include-cycle", .includeCycle(path), span: span, help: nil,
        notes: (includeStack + [key]).map { "sourced: \($0)" })
    }
    guard let data = FileManager.default.contents(atPath: url.path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw Diagnostic(
        code: "eval.file-not-found", .cannotRead(path), span: span, help: nil, notes: [])
    }
    includeStack.append(key)
    defer { includeStack.removeLast() }
    let outcome = run(
      text, file: path, directory: url.deletingLastPathComponent(), emit: emit)
    if outcome != .success { throw NestedOutcome(outcome: outcome) }
  }

  /// The canonical path used to spot include cycles.
  static func includeKey(_ url: URL) -> String {
    url.standardizedFileURL.resolvingSymlinksInPath().path
  }
}
