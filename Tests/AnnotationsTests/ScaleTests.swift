import Foundation
import Testing

@testable import Annotations

/// Whole-corpus commands and a 15,000-row import stay one transaction each and stay correct.
@Suite final class ScaleTests {
  let folder: TempFolder

  init() throws {
    folder = try TempFolder()
  }

  deinit { folder.cleanUp() }

  @Test func wholeCorpusCommandsAndLargeImport() throws {
    let store = AnnotationStore.open(at: folder.database, options: testOptions())
    let claims = (0..<5000).map { ClaimRef(id: "doc/\($0 / 50)/\($0)", text: "Sentence \($0).") }
    #expect(try store.tag(claims, add: ["bulk", "review"]).added == 10_000)
    #expect(try store.note(claims, text: "checked").added == 5000)
    #expect(try store.tag(claims, add: [], remove: ["review"]).removed == 5000)
    let csv = folder.url.appendingPathComponent("all.csv")
    #expect(try store.exportCSV(to: csv) == 15_000)

    let copy = AnnotationStore.open(
      at: folder.url.appendingPathComponent("copy.sqlite"), options: testOptions(session: "c"))
    let summary = try copy.importCSV(from: csv)
    #expect(summary.added == 10_000)
    #expect(summary.unchanged == 5000)
    #expect(summary.claims == 5000)
    let sample = Array(claims.prefix(3)) + [claims[4999]]
    #expect(try copy.annotations(for: claims) == store.annotations(for: claims))
    #expect(try copy.annotations(for: sample)[claims[4999].id].tags == ["bulk"])
  }
}
