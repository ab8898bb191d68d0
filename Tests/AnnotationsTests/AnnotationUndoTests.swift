import Diagnostics
import Foundation
import Testing

@testable import Annotations

@Suite final class AnnotationUndoTests {
  let folder: TempFolder
  let store: AnnotationStore

  init() throws {
    folder = try TempFolder()
    store = AnnotationStore.open(at: folder.database, options: testOptions())
  }

  deinit { folder.cleanUp() }

  @Test func undoWalksBackThroughTheSession() throws {
    try store.tag(claimA, add: ["x"])
    try store.set(claimA, field: "level", value: "likely")
    try store.set(claimA, field: "level", value: "remote")
    try store.tag(claimA, add: ["y"], remove: ["x"])
    #expect(try store.annotations(for: [claimA])[claimA.id].tags == ["y"])

    let u1 = try store.undo()
    #expect(u1.text == "undo tag 1957-cia/b/4.2 +y -x")
    #expect(u1.added == 1)
    #expect(u1.removed == 1)
    var a = try store.annotations(for: [claimA])[claimA.id]
    #expect(a.tags == ["x"])
    #expect(a.overrides[.level] == "remote")

    try store.undo()
    a = try store.annotations(for: [claimA])[claimA.id]
    #expect(a.overrides[.level] == "likely")
    try store.undo()
    try store.undo()
    #expect(try store.annotations(for: [claimA])[claimA.id].isEmpty)
    #expect(throws: Diagnostic.self) { try store.undo() }
    #expect(try store.list().map(\.status) == [.undone, .undone, .undone, .undone])
  }

  @Test func undoOnlyTouchesItsOwnSession() throws {
    let other = AnnotationStore.open(at: folder.database, options: testOptions(session: "s2"))
    try store.tag(claimA, add: ["mine"])
    try other.tag(claimA, add: ["theirs"])
    try store.undo()
    #expect(try store.annotations(for: [claimA])[claimA.id].tags == ["theirs"])
    do throws(Diagnostic) {
      try store.undo()
      Issue.record("expected nothing to undo")
    } catch {
      #expect(error.code == "annotate.nothing-to-undo")
    }
  }

  @Test func undoIsRecordedNotDestructive() throws {
    try store.note(claimA, text: "first")
    let undo = try store.undo()
    let records = try store.list()
    #expect(records.count == 1)
    #expect(records[0].value == "first")
    #expect(records[0].status == .undone)
    #expect(undo.commandID > records[0].commandID)
  }
}
