import ClaimTagging
import Testing

@Suite struct TagDocumentTests {
  @Test func quotationOverTwoSentencesTakesTheCitation() {
    let tags = bundledTagger.tagDocument([
      ["On 21 July Pravda criticized a number of regional journals."],
      ["\"The meetings devoted to the plenum are over.", "The press must go on."],
      ["The militant task of our papers is to continue.\" (New York Times, July 22, 1957)."],
    ])
    #expect(
      tags.map { $0.map(\.source.kind) } == [
        [.author], [.westernPress, .westernPress], [.westernPress],
      ])
    #expect(tags[1][0].source.inherited)
    #expect(tags[1][0].source.name == "New York Times")
  }

  @Test func quotationIntroducedByANamedArticle() {
    let tags = bundledTagger.tagDocument([
      [
        "We consider the following statement in Victor Zorza's article of 11 July in the Manchester Guardian Weekly is extremely plausible."
      ],
      ["\"The opposition had got wind of Khrushchev's intention.\""],
      ["This item is plausible."],
    ])
    #expect(tags.map { $0.map(\.source.kind) } == [[.author], [.westernPress], [.author]])
    #expect(tags[1][0].source.name == "Manchester Guardian")
    #expect(tags[0][0].level == .veryLikely)
  }

  @Test func attributionInsideAQuotationCoversItsOtherSentences() {
    let tags = bundledTagger.tagDocument([
      ["\"The meetings are over,\" Pravda said, \"but the work goes on.", "It will not stop."],
      ["Our papers must continue.\""],
      ["The plenum was in June."],
    ])
    #expect(
      tags.map { $0.map(\.source.kind) } == [
        [.sovietOfficial, .sovietOfficial], [.sovietOfficial], [.author],
      ])
  }

  @Test func scareQuotesAttributeNothing() {
    let tags = bundledTagger.tagDocument([
      ["This is the first crack in the façade of the “collective Government”."]
    ])
    #expect(tags[0][0].source == .author)
  }
}
