import Foundation
import LineEditing
import PipeLang
import Shell
import Testing

struct CompletionCase: CustomStringConvertible, Sendable {
  let before: String
  let candidates: [String]
  let wordLength: Int
  var description: String { before }
}

var engine: CompletionEngine {
  CompletionEngine(
    catalog: SampleCatalog.catalog, commandNames: ["help", "quit", "exit", "why"])
}

@Test(
  "completion by context",
  arguments: [
    CompletionCase(before: "cla", candidates: ["claims"], wordLength: 3),
    CompletionCase(before: "e", candidates: ["edits", "entities", "exit"], wordLength: 1),
    CompletionCase(before: "claims | wh", candidates: ["where"], wordLength: 2),
    CompletionCase(
      before: "claims | where level > 1 | s", candidates: ["select", "set", "show", "sort", "sum"],
      wordLength: 1),
    CompletionCase(before: "claims | where lev", candidates: ["level"], wordLength: 3),
    CompletionCase(before: "claims | select id, te", candidates: ["text"], wordLength: 2),
    CompletionCase(
      before: "claims | group so", candidates: ["source", "source_kind"], wordLength: 2),
    CompletionCase(before: "docs | sort ye", candidates: ["year"], wordLength: 2),
    CompletionCase(
      before: "claims | where level >= very", candidates: ["very-likely", "very-unlikely"],
      wordLength: 4),
    CompletionCase(
      before: "claims | where level in [un", candidates: ["uncertain", "unlikely", "unmarked"],
      wordLength: 2),
    CompletionCase(before: "claims | where doc == 1953", candidates: ["1953-cia"], wordLength: 4),
    CompletionCase(before: "claims 195", candidates: ["1953-cia", "1957-cia"], wordLength: 3),
    CompletionCase(
      before: "claims | where entities contains Kh", candidates: ["Khrushchev"], wordLength: 2),
    CompletionCase(before: "help gr", candidates: ["group"], wordLength: 2),
    CompletionCase(before: "claims | limit 3", candidates: [], wordLength: 1),
  ])
func completes(_ c: CompletionCase) {
  let result = engine.complete(c.before)
  #expect(result.candidates == c.candidates)
  #expect(result.wordLength == c.wordLength)
}

@Test func completesFileNamesInsideQuotes() throws {
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
    "assay-complete-\(getpid())")
  try FileManager.default.createDirectory(
    at: dir.appendingPathComponent("outputs"), withIntermediateDirectories: true)
  try Data().write(to: dir.appendingPathComponent("out.csv"))
  defer { try? FileManager.default.removeItem(at: dir) }
  var e = engine
  e.directory = dir
  #expect(e.complete("claims | export \"ou").candidates == ["out.csv\"", "outputs/"])
  #expect(e.complete("claims | export \"ou").wordLength == 2)
  #expect(e.complete("source \"outputs/").candidates == [])
}
