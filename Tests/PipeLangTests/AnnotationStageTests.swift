import Diagnostics
import Foundation
import PipeLang
import TableModel
import Testing

/// Records every call; `failing` makes calls throw a diagnostic without a span.
final class FakeAnnotator: Annotating {
  var calls: [String] = []
  var failing = false

  private func record(_ call: String, _ ids: [String]) throws -> String {
    if failing { throw Diagnostic(code: "annotations.locked", "the project is read-only") }
    calls.append(call + " " + ids.joined(separator: ","))
    return "\(call) on \(ids.count) claims"
  }
  func tag(claimIDs: [String], add: [String], remove: [String]) throws -> String {
    try record("tag +\(add.joined(separator: "+")) -\(remove.joined(separator: "-"))", claimIDs)
  }
  func note(claimIDs: [String], text: String) throws -> String {
    try record("note \(text)", claimIDs)
  }
  func set(claimIDs: [String], field: String, value: String) throws -> String {
    try record("set \(field)=\(value)", claimIDs)
  }
  func unset(claimIDs: [String], field: String) throws -> String {
    try record("unset \(field)", claimIDs)
  }
}

/// Runs `script` with a fake annotator; returns its calls, the notes and results shown, and
/// the outcome.
func annotate(_ script: String, failing: Bool = false) -> ([String], [String], RunOutcome) {
  let annotator = FakeAnnotator()
  annotator.failing = failing
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  interpreter.context.annotator = annotator
  var shown: [String] = []
  let outcome = interpreter.run(script, file: "t.assay") { item in
    switch item {
    case .note(let text): shown.append(text)
    case .result(let value): shown.append(TableRenderer(width: 80).render(value))
    }
  }
  return (annotator.calls, shown, outcome)
}

@Test(arguments: [
  (
    "claims | where doc == 1957-cia and level >= likely | tag +army-loyalty +x.1 -hedge | count",
    "tag +army-loyalty+x.1 -hedge 1957-cia/a/1.1", "tag +army-loyalty+x.1 -hedge on 1 claims"
  ),
  (
    "claims | where doc == 1937-embassy | note \"check \\\"date\\\"\" | count",
    "note check \"date\" 1937-embassy/a/1.1,1937-embassy/a/1.2,1937-embassy/a/2.1",
    "note check \"date\" on 3 claims"
  ),
  (
    "claims | where doc == 1937-embassy | limit 1 | set source=\"Pravda\" | count",
    "set source=Pravda 1937-embassy/a/1.1", "set source=Pravda on 1 claims"
  ),
  (
    "claims | where doc == 1937-embassy | limit 2 | set level=likely | count",
    "set level=likely 1937-embassy/a/1.1,1937-embassy/a/1.2", "set level=likely on 2 claims"
  ),
  (
    "claims | where doc == 1937-embassy | limit 1 | unset source_kind | count",
    "unset source_kind 1937-embassy/a/1.1", "unset source_kind on 1 claims"
  ),
])
func annotationStageCallsTheAnnotatorAndPassesTheTableOn(
  _ script: String, _ call: String, _ summary: String
) {
  let (calls, shown, outcome) = annotate(script)
  #expect(outcome == .success)
  #expect(calls == [call])
  #expect(shown.first == summary)
  #expect(shown.count == 2)
}

@Test func annotatingNeedsAnIDColumn() {
  let (calls, _, outcome) = annotate("claims | select doc | tag +x")
  #expect(calls.isEmpty)
  #expect(outcome.diagnostics.map(\.code) == ["eval.no-id-column"])
  #expect(outcome.diagnostics.first?.span?.column == 23)
}

@Test func annotatorErrorsGetTheStagesSpan() {
  let (_, _, outcome) = annotate("claims | note \"x\"", failing: true)
  #expect(outcome.diagnostics.map(\.code) == ["annotations.locked"])
  #expect(outcome.diagnostics.first?.span?.column == 10)
  #expect(outcome.exitStatus == 70)
}

@Test func withoutAnAnnotatorTheStageFails() {
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  let outcome = interpreter.run("claims | unset level", file: "t") { _ in }
  #expect(outcome.diagnostics.map(\.code) == ["eval.annotations-unavailable"])
}

@Test func effectStagesAtTheEndShowOnlyTheirNote() throws {
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("assay-effect-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  interpreter.context.directory = folder
  var shown: [String] = []
  let outcome = interpreter.run("claims | limit 2 | export \"two.csv\"", file: "t") { item in
    switch item {
    case .result(let value): shown.append("table with \(value.table.rows.count) rows")
    case .note(let note): shown.append(note)
    }
  }
  #expect(outcome == .success)
  #expect(shown == ["wrote 2 rows to two.csv"])
}
