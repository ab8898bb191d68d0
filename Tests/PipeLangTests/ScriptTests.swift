import Diagnostics
import Foundation
import PipeLang
import Testing

/// One annotated script under `Scripts/<feature>/<behaviour>.assay`.
struct ScriptCase: CustomStringConvertible, Sendable {
  let url: URL
  let name: String
  var description: String { name }

  /// Every script in the bundle, skipping `helpers/` folders (scripts that others `source`).
  static func all() -> [ScriptCase] {
    guard let root = Bundle.module.url(forResource: "Scripts", withExtension: nil),
      let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    else { return [] }
    var cases: [ScriptCase] = []
    for case let url as URL in walker
    where url.pathExtension == "assay" && !url.path.contains("/helpers/") {
      let name = url.pathComponents.suffix(2).joined(separator: "/")
      cases.append(ScriptCase(url: url, name: name))
    }
    return cases.sorted { $0.name < $1.name }
  }
}

/// Expectations read from `# expect: TEXT`, `# [line N] error CODE` and `# set: k=v` comments.
struct Annotations {
  var output: [String] = []
  var errors: [String] = []
  var parameters: [String: String] = [:]

  init(_ text: String) {
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = line.trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("# expect: ") {
        output.append(String(line.dropFirst("# expect: ".count)))
      } else if line.hasPrefix("# [line ") {
        errors.append(String(line.dropFirst(2)))
      } else if line.hasPrefix("# set: ") {
        let pair = line.dropFirst("# set: ".count).split(separator: "=", maxSplits: 1)
        if pair.count == 2 { parameters[String(pair[0])] = String(pair[1]) }
      }
    }
  }
}

@Test("annotated language scripts", arguments: ScriptCase.all())
func annotatedScript(_ script: ScriptCase) throws {
  let text = try String(contentsOf: script.url, encoding: .utf8)
  let expected = Annotations(text)
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  interpreter.parameters = expected.parameters
  registerTestCommands(interpreter)
  var output: [String] = []
  let outcome = interpreter.run(
    text, file: script.name, directory: script.url.deletingLastPathComponent()
  ) { item in
    let renderer = TableRenderer(width: 80)
    switch item {
    case .result(let value):
      output += renderer.render(value).split(separator: "\n").map(String.init)
    case .note(let note): output.append(note)
    }
  }
  let errors = outcome.diagnostics.map { "[line \($0.span?.line ?? 0)] error \($0.code)" }
  #expect(output == expected.output, "\(script.name) output")
  #expect(errors == expected.errors, "\(script.name) errors")
  #expect(
    outcome.exitStatus
      == (expected.errors.isEmpty ? 0 : (errors.count > 1 || outcome.exitStatus == 65 ? 65 : 70)))
}

@Test func scriptsAreDiscovered() {
  #expect(ScriptCase.all().count >= 25)
}

/// `echo TEXT` shows its raw arguments; `fail` throws a diagnostic without a span.
func registerTestCommands(_ interpreter: Interpreter) {
  interpreter.register(
    CommandHandler(name: "echo", usage: "echo TEXT", summary: "Show TEXT.") {
      arguments, _ in arguments
    })
  interpreter.register(
    CommandHandler(name: "fail", usage: "fail", summary: "Fail.") { _, _ in
      throw Diagnostic(code: "test.failed", "failed on purpose")
    })
}
