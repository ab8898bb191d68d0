import Annotations
import ClaimTable
import Foundation
import TableModel
import Testing

/// The claim table built from the bundled corpus: columns, ids, levels, overrides.
@Suite struct ClaimTableTests {
  static let workbench: Workbench? = try? Workbench.load(corpus: nil)

  func bench() throws -> Workbench { try #require(Self.workbench) }

  @Test func columnsAreTheExportColumnsInOrder() throws {
    let table = try bench().claimsTable()
    #expect(
      table.columnNames == [
        "id", "doc", "version", "year", "date", "author", "paragraph", "sentence", "text",
        "level", "cues", "p_low", "p_high", "basis", "source", "source_kind", "entities",
        "topics", "tags", "note",
      ])
    #expect(table.rows.count == (try bench()).claims.count)
  }

  @Test func documentsComeInDateOrder() throws {
    #expect(
      try bench().documentIDs == [
        "1937-henderson", "1953-uk-beria", "1953-belgian", "1957-cia", "blog-beria",
      ])
  }

  @Test func aTaggedClaimRow() throws {
    let table = try bench().claimsTable(document: "1953-uk-beria")
    let row = try #require(table.rows.first { $0[0] == .string("1953-uk-beria/2.2") })
    let cell = { (name: String) in row[table.index(of: name) ?? 0] }
    #expect(cell("level") == .ordinal(Ordinal(name: "likely", rank: 4)))
    #expect(cell("p_low") == .int(55))
    #expect(cell("p_high") == .int(80))
    #expect(cell("paragraph") == .string("2"))
    #expect(cell("sentence") == .int(2))
    #expect(cell("source_kind") == .string("author"))
    #expect(cell("tags") == .list([]))
    #expect(cell("note") == .null)
  }

  @Test func overridesShowWithTheAutomaticValueBeside() throws {
    let id = "1953-uk-beria/2.3"
    let annotations = ClaimAnnotations(byClaim: [
      id: ClaimAnnotation(tags: ["scapegoat"], note: "n", overrides: [.level: "very-likely"])
    ])
    let table = try bench().claimsTable(document: "1953-uk-beria", annotations: annotations)
    let level = try #require(table.index(of: "level"))
    #expect(table.columnNames[level + 1] == "level_auto")
    let row = try #require(table.rows.first { $0[0] == .string(id) })
    #expect(row[level] == .ordinal(Ordinal(name: "very-likely", rank: 5)))
    #expect(row[level + 1] == .ordinal(Ordinal(name: "possible", rank: nil)))
    #expect(row[try #require(table.index(of: "p_low"))] == .int(80))
    #expect(row[try #require(table.index(of: "tags"))] == .list([.string("scapegoat")]))
  }

  @Test func everyTableNarrowsToOneDocument() throws {
    for name in Workbench.tableNames {
      let table = try #require(try bench().table(named: name, document: "1957-cia"))
      let column = table.index(of: "doc") ?? table.index(of: "id")
      let docs = Set(table.rows.map { $0[column ?? 0].displayText })
      #expect(docs == ["1957-cia"], "\(name)")
    }
  }

  @Test func claimIdsAreUnique() throws {
    let ids = try bench().claims.map(\.id)
    #expect(Set(ids).count == ids.count)
  }
}
