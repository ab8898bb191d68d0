import Diagnostics
import PipeLang
import Testing

@Test func commandErrorIsReportedAtTheScriptsLineAndColumn() {
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  registerTestCommands(interpreter)
  var output = ""
  var errors = ""
  let status = ScriptRunner(interpreter: interpreter).run(
    "echo one\n\n  fail now  \necho two", file: "a.assay", output: { output += $0 },
    errors: { errors += $0 })
  #expect(status == 70)
  #expect(output == "one\n")
  #expect(
    errors
      == "a.assay:3:3: error: failed on purpose [test.failed]\n3 |   fail now  \n  |   ^^^^^^^^\n")
}

@Test(arguments: [
  ("echo a b  ", ["a b"]),
  ("echo \"x | y\" ; echo z", ["\"x | y\"", "z"]),
  ("echo a # note", ["a"]),
  ("claims | count\necho done", ["8", "done"]),
])
func commandTakesTheRawRestOfItsStatement(_ script: String, _ expected: [String]) {
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  registerTestCommands(interpreter)
  var shown: [String] = []
  let outcome = interpreter.run(script, file: "t") { item in
    switch item {
    case .note(let text): shown.append(text)
    case .result(let value): shown.append(TableRenderer().render(value))
    }
  }
  #expect(outcome == .success)
  #expect(shown == expected)
}

@Test func unregisteredWordsStayTables() {
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  let outcome = interpreter.run("echo hi", file: "t") { _ in }
  #expect(outcome.diagnostics.map(\.code) == ["eval.unknown-table"])
}
