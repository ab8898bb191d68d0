import ClaimTagging
import Testing

@Suite struct RobustnessTests {
  /// Odd text never traps and never yields a span outside the sentence.
  @Test(arguments: [
    "", " ", "\"", "“", "(((", ")", "probably", "It is, however,", "it is (unclosed probably",
    "may\u{2019}", "€ probably €", "Ezhov’", "卷之三 probably", "\t\tnot\n\nlikely  ", ",,,,",
    "It is therefore", "PROBABLY NOT", "could not have",
  ])
  func oddTextIsSafe(_ sentence: String) {
    let tags = bundledTagger.tag(sentence)
    let count = sentence.utf8.count
    for cue in tags.cues { #expect(cue.match.range.upperBound <= count) }
    for entity in tags.entities { #expect(entity.match.range.upperBound <= count) }
  }

  @Test func caseAndWhitespaceAreFolded() {
    #expect(bundledTagger.tag("PROBABLY NOT").level == .unlikely)
    #expect(bundledTagger.tag("\t\tnot\n\nlikely  ").level == .unlikely)
    #expect(bundledTagger.tag("probably").cues.first?.match.range == 0..<8)
  }

  @Test func wordsMatchWhole() {
    #expect(bundledTagger.tag("The mayor spoke of probabilities.").level == .unmarked)
    #expect(bundledTagger.tag("Ezhov’ men").entityNames == ["Ezhov"])
  }

  @Test func emptyDocumentAndParagraphs() {
    #expect(bundledTagger.tagDocument([]).isEmpty)
    #expect(bundledTagger.tagDocument([[], ["Molotov probably fell."]]).map(\.count) == [0, 1])
  }
}
