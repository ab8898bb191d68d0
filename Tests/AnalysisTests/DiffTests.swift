import Analysis
import ClaimTable
import CorpusLoading
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
    #expect(
      SentenceAlignment.align(["Alpha beta."], ["Gamma delta."]) == [.onlyOld(0), .onlyNew(0)])
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

@Suite struct MovedParagraphTests {
  static func paragraph(_ version: String, _ label: String?, _ index: Int, _ sentences: [String])
    -> Paragraph
  {
    let claims = sentences.enumerated().map { k, text in
      Claim(
        id: "d/\(version)/\(label ?? "p\(index)").\(k + 1)", docID: "d", versionID: version,
        paragraphLabel: label, paragraphIndex: index, sentence: k + 1, text: text, line: index)
    }
    let text = sentences.joined(separator: " ")
    return Paragraph(
      label: label, index: index, line: index, finalText: text, typedText: text, claims: claims)
  }

  static let document = Document(
    metadata: DocumentMetadata(id: "d"), sourcePath: "test",
    versions: [
      DocumentVersion(
        id: "a",
        paragraphs: [
          paragraph("a", "1", 1, ["The army was purged in June."]),
          paragraph("a", "2", 2, ["Tukhachevsky was shot with seven generals."]),
          paragraph("a", nil, 3, ["The police under Ezhov grew stronger every month."]),
        ]),
      DocumentVersion(
        id: "b",
        paragraphs: [
          paragraph("b", "1", 1, ["The police under Ezhov grew stronger every single month."]),
          paragraph("b", "2", 2, ["The army was purged in June."]),
          paragraph("b", "3", 3, ["Tukhachevsky was shot with seven generals."]),
        ]),
    ])

  @Test func renumberedParagraphsPairByTextAndMovedOneIsMarked() throws {
    let diff = try #require(VersionDiff(Self.document, old: "a", new: "b"))
    // Label 1 and 2 now hold other text, so every paragraph pairs by its words.
    let pairs = diff.paragraphs.map { "\($0.old?.index ?? 0)→\($0.new?.index ?? 0)" }
    #expect(pairs == ["3→1", "1→2", "2→3"])
    #expect(diff.paragraphs.map(\.moved) == [true, false, false])
    let t = diff.tally
    #expect(t.same == 2)
    #expect(t.edited == 1)
    #expect(t.onlyOld == 0 && t.onlyNew == 0)
    let text = VersionDiffReport(width: 80).render(diff)
    #expect(text.contains("a ¶p3 ↔ b ¶1 (moved) (relabelled)"))
    #expect(text.contains("{+single+}"))
  }
}
