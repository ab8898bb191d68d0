import Analysis
import ClaimTable
import Testing

@Suite struct DiffTests {
  @Test(arguments: [
    ("We ought should think", "We should think", "We [-ought-] should think"),
    ("at by", "at the rule of by", "at {+the rule of+} by"),
    ("a b c", "a x c", "a [-b-] {+x+} c"),
    ("same", "same", "same"),
  ])
  func wordDiff(old: String, new: String, expected: String) {
    #expect(WordDiff.render(old, new) == expected)
  }

  @Test func alignmentFindsEditedInsertedAndDropped() {
    let old = [
      "The purge began in June.", "Many officers were shot.", "Nobody knows why.",
    ]
    let new = [
      "The purge began in June.", "Many senior officers were shot.",
      "An entirely new sentence appears here.", "Nobody knows why.",
    ]
    #expect(
      SentenceAlignment.align(old, new) == [
        .pair(old: 0, new: 0), .pair(old: 1, new: 1), .onlyNew(2), .pair(old: 2, new: 3),
      ])
    #expect(SentenceAlignment.align(["Alpha beta."], ["Gamma delta."]) == [.onlyOld(0), .onlyNew(0)])
  }

  @Test func similarity() {
    #expect(SentenceAlignment.similarity("a b c d", "a b c d") == 1)
    #expect(SentenceAlignment.similarity("a b c d", "a b x y") == 0.5)
  }

  @Test func real1957Drafts() throws {
    let workbench = try #require(Fixtures.workbench)
    let document = try #require(workbench.document("1957-cia"))
    let diff = try #require(VersionDiff(document, old: "a", new: "b"))
    let t = diff.tally
    #expect(t.same == 106)
    #expect(t.edited == 29)
    #expect(t.onlyOld == 1)
    #expect(t.onlyNew == 12)
    var found = false
    for case .edited(let old, let new, let words) in diff.paragraphs.flatMap(\.changes)
    where old.id == "1957-cia/a/4.1" {
      #expect(new.id == "1957-cia/b/4.1")
      #expect(words.contains("[-in-] {+as early as+} January 1955"))
      found = true
    }
    #expect(found)
    #expect(VersionDiff(document, old: "a", new: "z") == nil)
  }
}
