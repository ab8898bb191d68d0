import Diagnostics
import Foundation
import Testing

@testable import Annotations

@Suite final class OrphanTests {
  let folder: TempFolder
  let store: AnnotationStore

  init() throws {
    folder = try TempFolder()
    store = AnnotationStore.open(at: folder.database, options: testOptions())
    try store.tag([claimA, claimB, claimC], add: ["purge"])
    try store.note(claimA, text: "check the date")
  }

  deinit { folder.cleanUp() }

  @Test func editedTextOrphansInsteadOfAttaching() throws {
    let edited = ClaimRef(id: claimA.id, text: "The army is certainly loyal.")
    let result = try store.annotations(for: [edited, claimB])
    #expect(result[edited.id].isEmpty)
    #expect(result[claimB.id].tags == ["purge"])

    let current = [edited.id: edited.text, claimB.id: claimB.text]
    let orphans = try store.orphaned(current: current)
    #expect(orphans.map(\.claimID) == [claimA.id, claimC.id, claimA.id])
    #expect(orphans.map(\.kind) == [.tag, .tag, .note])
    #expect(orphans.allSatisfy { $0.status == .orphaned })
  }

  @Test func reflowedTextStillMatches() throws {
    let reflowed = ClaimRef(id: claimA.id, text: "The army  is\nprobably loyal. ")
    #expect(try store.annotations(for: [reflowed])[claimA.id].note == "check the date")
    let current = [claimA.id: reflowed.text, claimB.id: claimB.text, claimC.id: claimC.text]
    #expect(try store.orphaned(current: current).isEmpty)
  }

  @Test func restoredTextReattaches() throws {
    let edited = ClaimRef(id: claimA.id, text: "Changed.")
    #expect(try store.annotations(for: [edited])[claimA.id].isEmpty)
    #expect(try store.annotations(for: [claimA])[claimA.id].tags == ["purge"])
  }

  @Test func orphansCanBeReattachedOrRetracted() throws {
    let edited = ClaimRef(id: claimA.id, text: "The army is certainly loyal.")
    let current = [edited.id: edited.text, claimB.id: claimB.text]
    let orphans = try store.orphaned(current: current)
    let tagOfA = try #require(orphans.first { $0.claimID == claimA.id && $0.kind == .tag })
    let noteOfA = try #require(orphans.first { $0.kind == .note })
    let orphanC = try #require(orphans.first { $0.claimID == claimC.id })

    let moved = try store.reattach([tagOfA.id, noteOfA.id], to: edited)
    #expect(moved.added == 2)
    #expect(moved.removed == 2)
    let a = try store.annotations(for: [edited])[edited.id]
    #expect(a.tags == ["purge"])
    #expect(a.note == "check the date")
    let retracted = try store.retract([orphanC.id])
    #expect(retracted.removed == 1)
    #expect(try store.orphaned(current: current).isEmpty)

    try store.undo()
    #expect(try store.orphaned(current: current).map(\.id) == [orphanC.id])
    do throws(Diagnostic) {
      try store.retract([999])
      Issue.record("expected unknown annotation")
    } catch {
      #expect(error.code == "annotate.unknown-annotation")
    }
  }
}
