import Diagnostics
import Foundation
import Testing

@testable import Annotations

@Suite final class AnnotationStoreTests {
  let folder: TempFolder
  let store: AnnotationStore

  init() throws {
    folder = try TempFolder()
    store = AnnotationStore.open(at: folder.database, options: testOptions())
  }

  deinit { folder.cleanUp() }

  @Test func opensReadWriteAndCreatesFolders() throws {
    let nested = folder.url.appendingPathComponent("corpus/.assay/annotations.sqlite")
    let store = AnnotationStore.open(at: nested, options: testOptions())
    #expect(store.access == .readWrite)
    #expect(store.problem == nil)
    #expect(FileManager.default.fileExists(atPath: nested.path))
    let pragmas = try store.writer?.writeWithoutTransaction { db in
      [
        try String.fetchOne(db, sql: "PRAGMA journal_mode"),
        try String.fetchOne(db, sql: "PRAGMA synchronous"),
        try String.fetchOne(db, sql: "SELECT group_concat(identifier) FROM grdb_migrations"),
      ]
    }
    #expect(pragmas == ["wal", "2", "v1"])
  }

  @Test func tagAddsAndRemovesLabels() throws {
    let first = try store.tag([claimA, claimB], add: ["army-loyalty", "purge"])
    #expect(first.description == "2 claims: 4 added, 0 removed, 0 unchanged")
    #expect(first.text == "tag 2 claims +army-loyalty +purge")
    let second = try store.tag(claimA, add: ["purge"], remove: ["army-loyalty", "absent"])
    #expect(second.added == 0)
    #expect(second.removed == 1)
    #expect(second.unchanged == 2)
    let result = try store.annotations(for: [claimA, claimB, claimC])
    #expect(result[claimA.id].tags == ["purge"])
    #expect(result[claimB.id].tags == ["army-loyalty", "purge"])
    #expect(result[claimC.id].isEmpty)
    #expect(result.byClaim.count == 2)
  }

  @Test func noteReplacesAndBlankClears() throws {
    try store.note(claimA, text: "Compare with the 1937 cable.")
    try store.note(claimA, text: "Source is \"Ivanov\", a defector.")
    #expect(
      try store.annotations(for: [claimA])[claimA.id].note == "Source is \"Ivanov\", a defector.")
    let cleared = try store.note(claimA, text: "  ")
    #expect(cleared.removed == 1)
    #expect(try store.annotations(for: [claimA])[claimA.id].note == nil)
    let statuses = try store.list().map(\.status)
    #expect(statuses == [.removed, .removed])
  }

  @Test func setOverridesAndUnsetRestoresAutomatic() throws {
    try store.set(claimA, field: "level", value: "likely")
    try store.set(claimA, field: "level", value: "unlikely")
    try store.set(claimA, field: "source_kind", value: "defector")
    var a = try store.annotations(for: [claimA])[claimA.id]
    #expect(a.overrides == [.level: "unlikely", .sourceKind: "defector"])
    let unset = try store.unset(claimA, field: "level")
    #expect(unset.removed == 1)
    a = try store.annotations(for: [claimA])[claimA.id]
    #expect(a.overrides == [.sourceKind: "defector"])
    #expect(try store.list().map(\.status) == [.removed, .removed, .active])
  }

  @Test func badInputWritesNothing() throws {
    let store = self.store
    let cases: [(String, () throws(Diagnostic) -> CommandSummary)] = [
      ("annotate.invalid-label", { () throws(Diagnostic) in try store.tag(claimA, add: ["Bad"]) }),
      ("annotate.no-labels", { () throws(Diagnostic) in try store.tag(claimA, add: []) }),
      (
        "annotate.conflicting-labels",
        { () throws(Diagnostic) in try store.tag(claimA, add: ["x"], remove: ["x"]) }
      ),
      ("annotate.no-claims", { () throws(Diagnostic) in try store.tag([], add: ["x"]) }),
      (
        "annotate.unknown-field",
        { () throws(Diagnostic) in try store.set(claimA, field: "confidence", value: "high") }
      ),
      (
        "annotate.invalid-value",
        { () throws(Diagnostic) in try store.set(claimA, field: "level", value: "probable") }
      ),
      ("annotate.nothing-to-undo", { () throws(Diagnostic) in try store.undo() }),
    ]
    for (code, run) in cases {
      do throws(Diagnostic) {
        _ = try run()
        Issue.record("expected \(code)")
      } catch {
        #expect(error.code == code)
      }
    }
    #expect(try store.list().isEmpty)
  }

  @Test func listShowsWhoWhenWhat() throws {
    try store.tag(claimA, add: ["army-loyalty"], commandText: "tag 1957-cia/b/4.2 +army-loyalty")
    let records = try store.list()
    #expect(records.count == 1)
    let r = try #require(records.first)
    #expect(r.claimID == "1957-cia/b/4.2")
    #expect(r.kind == .tag)
    #expect(r.value == "army-loyalty")
    #expect(r.author == "ann")
    #expect(r.createdAt == "2026-11-23T18:00:00Z")
    #expect(r.command == "tag 1957-cia/b/4.2 +army-loyalty")
    #expect(r.textHash == TextHash.of(claimA.text))
    let table = AnnotationRecord.table(records)
    #expect(
      table.columnNames == [
        "id", "claim", "kind", "field", "value", "author", "at", "command", "status",
        "text_hash",
      ])
    #expect(table.rows[0][0] == .int(1))
    #expect(table.rows[0][1] == .string("1957-cia/b/4.2"))
    #expect(table.rows[0][3] == .null)
    #expect(table.rows[0][8] == .string("active"))
  }

  @Test func fiveHundredClaimsIsOneCommand() throws {
    let claims = (0..<500).map { ClaimRef(id: "doc/p/\($0)", text: "Sentence \($0).") }
    let summary = try store.tag(claims, add: ["bulk"])
    #expect(summary.added == 500)
    #expect(Set(try store.list().map(\.commandID)) == [summary.commandID])
    let undo = try store.undo()
    #expect(undo.removed == 500)
    #expect(undo.claims == 500)
    #expect(try store.annotations(for: claims).byClaim.isEmpty)
  }
}
