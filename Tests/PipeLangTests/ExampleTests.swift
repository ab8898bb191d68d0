import Foundation
import PipeLang
import TableModel
import Testing

/// Every stage's help examples run against the sample catalog (STYLE rule 3).
@Test("stage examples", arguments: StageRegistry.allExamples)
func stageExample(_ example: StageExample) throws {
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  var results: [PipeValue] = []
  let outcome = interpreter.run(example.script, file: "<example>") {
    if case .result(let v) = $0 { results.append(v) }
  }
  #expect(outcome == .success)
  let table = try #require(results.last).table
  switch example.expected {
  case .value(let v):
    #expect(table.rows.count == 1 && table.columns.count == 1)
    #expect(table.rows.first?.first == v)
  case .rows(let n): #expect(table.rows.count == n)
  case .columns(let names): #expect(table.columnNames == names)
  case .firstColumn(let values): #expect(table.rows.map { $0[0] } == values)
  }
}

@Test func registryIsAlphabeticalAndComplete() throws {
  let names = StageRegistry.names
  #expect(names == names.sorted())
  let stagesDir = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/PipeLang/Stages")
  var declared: [String] = []
  let walker = try #require(FileManager.default.enumerator(atPath: stagesDir.path))
  for case let path as String in walker where path.hasSuffix(".swift") {
    let text = try String(
      contentsOfFile: stagesDir.appendingPathComponent(path).path, encoding: .utf8)
    for line in text.split(separator: "\n")
    where line.contains(" struct ")
      && (line.contains(": PipeStage {") || line.contains(": EffectStage {"))
    {
      if let name = line.split(separator: " ").first(where: { $0.hasSuffix("Stage:") }) {
        declared.append(String(name.dropLast()))
      }
    }
  }
  let registered = StageRegistry.all.map { String(describing: $0) }
  #expect(declared.sorted() == registered.sorted())
  #expect(declared.count == 19)
}

@Test func helpIsGeneratedFromTypes() throws {
  let help = try #require(StageRegistry.help(for: "where"))
  #expect(help.hasPrefix("usage: where EXPR\n"))
  #expect(help.contains("claims | where level >= likely | count"))
  #expect(StageRegistry.overview().split(separator: "\n").count == 19)
  #expect(StageRegistry.help(for: "nope") == nil)
}
