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
}
