import Foundation
import PipeLang
import Testing

@Test func exportWritesThroughTheExportModuleAndPassesTheTableOn() throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "assay-export-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
  try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: dir) }
  let interpreter = Interpreter(
    catalog: SampleCatalog.catalog, context: EvalContext(directory: dir))
  var lines: [String] = []
  let outcome = interpreter.run("docs | select id, year | export \"docs.csv\" | count", file: "t") {
    switch $0 {
    case .note(let n): lines.append(n)
    case .result(let v): lines.append(TableRenderer().render(v))
    }
  }
  #expect(outcome == .success)
  #expect(lines == ["wrote 3 rows to docs.csv", "3"])
  let csv = try String(contentsOf: dir.appendingPathComponent("docs.csv"), encoding: .utf8)
  #expect(csv.hasPrefix("id,year"))
  #expect(csv.contains("1957-cia,1957"))
  let again = interpreter.run("docs | export \"docs.csv\"", file: "t") { _ in }
  #expect(again.diagnostics.map(\.code) == ["export.exists"])
  #expect(again.exitStatus == 70)
}
