import ClaimTable
import ClaimTagging
import Testing

@Suite struct EditReadingTests {
  struct Expected: Sendable, CustomStringConvertible {
    var claim: String
    var text: String
    var before: ConfidenceLevel
    var after: ConfidenceLevel
    var description: String { "\(claim) \(text)" }
  }

  @Test(arguments: [
    Expected(claim: "1957-cia/a/6.2", text: "ought", before: .unmarked, after: .likely),
    Expected(claim: "1957-cia/a/3.11", text: "it is submitted", before: .likely, after: .uncertain),
    Expected(
      claim: "1957-cia/a/fn1.4", text: "It is possible", before: .unmarked, after: .possible),
    Expected(
      claim: "1957-cia/b/10.1", text: "In conclusion, we believe", before: .likely, after: .unmarked
    ),
  ])
  func editsThatChangeTheLevel(expected: Expected) throws {
    let workbench = try #require(Fixtures.workbench)
    let document = try #require(workbench.document("1957-cia"))
    let readings = workbench.editReadings(document)
    let k = try #require(
      document.edits.firstIndex { $0.claimID == expected.claim && $0.text == expected.text })
    let reading = try #require(readings[k])
    #expect(reading.levelBefore == expected.before)
    #expect(reading.levelAfter == expected.after)
    #expect(reading.changesLevel)
  }

  @Test func struckTextIsPutBack() throws {
    let workbench = try #require(Fixtures.workbench)
    let document = try #require(workbench.document("1957-cia"))
    let readings = workbench.editReadings(document)
    let k = try #require(document.edits.firstIndex { $0.text == "in my opinion" })
    let reading = try #require(readings[k])
    #expect(reading.before.hasPrefix("The crux of the matter, in my opinion, lies in"))
    #expect(reading.after.hasPrefix("The crux of the matter, lies in"))
    #expect(!reading.changesLevel)
  }

  @Test func editsTableColumns() throws {
    let workbench = try #require(Fixtures.workbench)
    let table = workbench.editsTable(document: "1957-cia")
    let changes = try #require(table.index(of: "changes_level"))
    let claim = try #require(table.index(of: "claim"))
    let levelBefore = try #require(table.index(of: "level_before"))
    #expect(
      table.columnNames.suffix(6) == [
        "level_before", "level_after", "source_before", "source_after", "changes_level",
        "changes_source",
      ])
    let changed = table.rows.filter { $0[changes] == .bool(true) }
    #expect(changed.count == 6)
    let ought = try #require(changed.first { $0[claim] == .string("1957-cia/a/6.2") })
    #expect(ought[levelBefore].displayText == "unmarked")
  }
}
