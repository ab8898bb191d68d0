import Diagnostics
import Foundation
import Testing

@testable import Annotations

@Suite final class AnnotationCSVTests {
  let folder: TempFolder
  let store: AnnotationStore

  init() throws {
    folder = try TempFolder()
    store = AnnotationStore.open(at: folder.database, options: testOptions())
  }

  deinit { folder.cleanUp() }

  @Test func exportImportRoundTrip() throws {
    try store.tag([claimA, claimB], add: ["purge", "army-loyalty"])
    try store.tag(claimB, add: [], remove: ["purge"])
    try store.note(claimA, text: "Says \"loyal\",\nbut see 1937.")
    try store.set(claimA, field: "level", value: "likely")
    try store.set(claimA, field: "level", value: "unlikely")
    try store.set(claimC, field: "source", value: "=cable 42")
    try store.undo()
    let csv = folder.url.appendingPathComponent("out.csv")
    #expect(try store.exportCSV(to: csv) == 8)
    let text = try String(contentsOf: csv, encoding: .utf8)
    #expect(text.hasPrefix("id,claim,kind,field,value,author,at,command,status,text_hash\r\n"))

    let copy = AnnotationStore.open(
      at: folder.url.appendingPathComponent("copy.sqlite"),
      options: testOptions(session: "s9", author: "bob"))
    let summary = try copy.importCSV(from: csv)
    #expect(summary.text == "annotations import out.csv")
    #expect(summary.added == 6)
    #expect(summary.unchanged == 2)
    let claims = [claimA, claimB, claimC]
    #expect(try copy.annotations(for: claims) == store.annotations(for: claims))
    let imported = try copy.list()
    #expect(imported.allSatisfy { $0.author == "ann" && $0.createdAt == "2026-11-23T18:00:00Z" })
    #expect(imported.map(\.status) == [.active, .active, .active, .active, .replaced, .active])

    let again = try copy.importCSV(from: csv)
    #expect(again.added == 0)
    #expect(again.unchanged == 8)
    try copy.undo()
    try copy.undo()
    #expect(try copy.annotations(for: claims).byClaim.isEmpty)
  }

  @Test func orphansStayOrphanedThroughExport() throws {
    try store.tag(claimA, add: ["purge"])
    let csv = folder.url.appendingPathComponent("o.csv")
    try store.exportCSV(to: csv, current: [claimA.id: "Edited sentence."])
    let copy = AnnotationStore.open(
      at: folder.url.appendingPathComponent("o.sqlite"), options: testOptions())
    try copy.importCSV(from: csv)
    #expect(try copy.orphaned(current: [claimA.id: "Edited sentence."]).map(\.value) == ["purge"])
    #expect(try copy.annotations(for: [claimA])[claimA.id].tags == ["purge"])
  }

  @Test(arguments: [
    ("claim,kind,value,text_hash\r\n", "annotate.csv-header", 1),
    (
      "claim,kind,field,value,text_hash\r\na,tag,,ok,cbf29ce484222325\r\nb,tag,,Bad,cbf29ce484222325\r\n",
      "annotate.invalid-label", 3
    ),
    (
      "claim,kind,field,value,text_hash\na,tag,,ok,cbf29ce484222325\na,flag,,x,cbf29ce484222325\n",
      "annotate.csv-invalid", 3
    ),
    ("claim,kind,field,value,text_hash\na,tag,,ok\n", "annotate.csv-malformed", 2),
    (
      "claim,kind,field,value,text_hash\na,override,mood,x,cbf29ce484222325\n",
      "annotate.unknown-field", 2
    ),
    ("claim,kind,field,value,text_hash\na,tag,,ok,xyz\n", "annotate.csv-invalid", 2),
  ])
  func badImportIsAllOrNothing(_ text: String, _ code: String, _ line: Int) throws {
    let csv = folder.url.appendingPathComponent("bad.csv")
    try Data(text.utf8).write(to: csv)
    do throws(Diagnostic) {
      try store.importCSV(from: csv)
      Issue.record("expected \(code)")
    } catch {
      #expect(error.code == code)
      #expect(error.span?.file == csv.path)
      #expect(error.span?.line == line)
    }
    #expect(try store.list().isEmpty)
  }
}
