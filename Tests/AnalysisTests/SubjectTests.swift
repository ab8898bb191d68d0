import Analysis
import ClaimTable
import Testing

@Suite struct SubjectTests {
  @Test(arguments: [("red army", "Army"), ("Soviet Army", "Army"), ("army", "Army")])
  func entityAliases(name: String, expected: String) throws {
    let workbench = try #require(Fixtures.workbench)
    #expect(Subject.entity(name, in: workbench.claims) == expected)
  }

  @Test func topicNames() {
    #expect(Subject.topic("Security Police")?.rawValue == "security-police")
    #expect(Subject.topic("polic") == nil)
  }

  @Test func finalDraftsDropVersionA() throws {
    let workbench = try #require(Fixtures.workbench)
    let kept = Subject.finalDrafts(workbench.claims, corpus: workbench.corpus)
    #expect(!kept.contains { $0.claim.docID == "1957-cia" && $0.claim.versionID == "a" })
    #expect(kept.contains { $0.claim.versionID == "cover" })
    #expect(kept.contains { $0.claim.versionID == "b" })
  }

  @Test func sideBySideColumnsByYear() {
    let groups = SideBySide.byYear(Fixtures.small)
    #expect(groups.map(\.year) == ["1937", "1953"])
    let text = SideBySide(width: 80).render(title: "all", groups: groups)
    #expect(text.hasPrefix("all: 6 claims in 2 years"))
    #expect(text.contains("doc1937/1 · likely · author"))
    #expect(text.contains(" │ "))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }
}
