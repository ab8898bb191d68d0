import Foundation
import PipeLang
import Testing

@Test func runFileReportsASelfIncludeAtItsSourceLine() throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "assay-runner-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  let script = dir.appendingPathComponent("loop.assay")
  try "docs | count\nsource \"loop.assay\"\n".write(to: script, atomically: true, encoding: .utf8)
  let runner = ScriptRunner(interpreter: Interpreter(catalog: SampleCatalog.catalog))
  var out = ""
  var err = ""
  let status = runner.runFile(script.path, output: { out += $0 }, errors: { err += $0 })
  #expect(status == 70)
  #expect(out == "3\n")
  #expect(
    err.hasPrefix("\(script.path):2:1: error: 'loop.assay' sources itself [eval.include-cycle]\n"))
}

@Test func runFileMissingIs66() {
  let runner = ScriptRunner(interpreter: Interpreter(catalog: SampleCatalog.catalog))
  var err = ""
  #expect(runner.runFile("/nonexistent/x.assay", output: { _ in }, errors: { err += $0 }) == 66)
  #expect(err == "error: cannot read '/nonexistent/x.assay' [eval.file-not-found]\n")
}

@Test func parametersComeFromSet() {
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  interpreter.parameters = ["year": "1957", "lvl": "likely"]
  let runner = ScriptRunner(interpreter: interpreter)
  var out = ""
  let status = runner.run(
    "claims | where year == $year and level >= $lvl | select id", file: "<command>",
    output: { out += $0 }, errors: { _ in })
  #expect(status == 0)
  #expect(out == "1957-cia/a/1.1\n")
}
