import ClaimTagging
import Testing

/// One sentence with its expected level, cue texts (lower case, sentence order) and source kind.
struct TaggerCase: CustomTestStringConvertible, Sendable {
  var id: String
  var sentence: String
  var level: ConfidenceLevel
  var cues: [String]
  var source: SourceKind = .author
  var testDescription: String { id }
}

let periodProseCases: [TaggerCase] = [
  TaggerCase(
    id: "reasonable to suppose governs a negated subordinate cue",
    sentence:
      "It is reasonable to suppose that the trend of policy since Stalin’s death has been determined collectively and is not likely to change.",
    level: .likely, cues: ["It is reasonable to suppose", "not likely"]),
  TaggerCase(
    id: "fair presumption",
    sentence:
      "For the moment all that can be said is that there is a fair presumption in favour of a struggle for power.",
    level: .likely, cues: ["there is a fair presumption"]),
  TaggerCase(
    id: "it would be fair to assume",
    sentence:
      "Given the evidence, it would be fair to assume that Khrushchev felt compelled to settle the score.",
    level: .likely, cues: ["it would be fair to assume"]),
  TaggerCase(
    id: "it seems incredible",
    sentence: "It seems incredible to think that the police chief managed to survive for 15 years.",
    level: .veryUnlikely, cues: ["It seems incredible"]),
  TaggerCase(
    id: "will probably never be known is one uncertain cue",
    sentence:
      "Although it will probably never be known exactly how the alliance coagulated, the strategy was plain.",
    level: .uncertain, cues: ["it will probably never be known"]),
  TaggerCase(
    id: "inclined to subscribe to the view",
    sentence:
      "We are inclined to subscribe to the view that the regime has suffered a further loss of prestige.",
    level: .likely, cues: ["We are inclined to subscribe to the view"]),
  TaggerCase(
    id: "it may be assumed beats probably",
    sentence:
      "It may be assumed that Khrushchev similarly justified the June purge and probably received backing.",
    level: .likely, cues: ["It may be assumed", "probably"]),
  TaggerCase(
    id: "it is submitted split by therefore",
    sentence: "It is therefore submitted that Khrushchev maneuvered his opposition into a corner.",
    level: .likely, cues: ["It is therefore submitted"]),
  TaggerCase(
    id: "we believe split by however",
    sentence: "We believe however that there was a certain type of Communist psychology operating.",
    level: .likely, cues: ["We believe"]),
  TaggerCase(
    id: "I am convinced, however,",
    sentence:
      "I am convinced, however, and the other Secretaries of Mission concur with me, that the prestige of Stalin is lower.",
    level: .certain, cues: ["I am convinced"]),
  TaggerCase(
    id: "appears to, inflected",
    sentence: "Khrushchev's struggle with his competitors appeared to have gone rather well.",
    level: .likely, cues: ["appeared to"]),
  TaggerCase(
    id: "seems to",
    sentence:
      "Weapons production in the European satellite countries seems to have increased considerably.",
    level: .likely, cues: ["seems to"]),
  TaggerCase(
    id: "apparently",
    sentence: "Many of the activities of the Foreign Office are apparently suspended.",
    level: .likely, cues: ["apparently"]),
  TaggerCase(
    id: "presumably",
    sentence:
      "He also had the Leningrad affair and, presumably, other affairs from the Stalin era.",
    level: .likely, cues: ["presumably"]),
  TaggerCase(
    id: "highly improbable",
    sentence: "It is highly improbable that the opposition used this pretext.",
    level: .veryUnlikely, cues: ["highly improbable"]),
  TaggerCase(
    id: "extremely plausible",
    sentence: "We consider the following statement is extremely plausible.",
    level: .veryLikely, cues: ["extremely plausible"]),
  TaggerCase(
    id: "the official probably",
    sentence: "The Soviet leaders were probably influenced by all these factors at the same time.",
    level: .likely, cues: ["probably"]),
]

let negationCases: [TaggerCase] = [
  TaggerCase(
    id: "no reason to believe is not a belief cue",
    sentence:
      "There is currently no reason to believe that the ultimate aims of Soviet policy have changed.",
    level: .unlikely, cues: ["There is currently no reason to believe"]),
  TaggerCase(
    id: "hardly likely",
    sentence: "But it is hardly likely that he could by himself have put through such policies.",
    level: .unlikely, cues: ["it is hardly likely", "could"]),
  TaggerCase(
    id: "not likely to change",
    sentence: "The policy is not likely to change.",
    level: .unlikely, cues: ["not likely"]),
  TaggerCase(
    id: "negator flips a following cue",
    sentence: "The outcome is not very likely.",
    level: .veryUnlikely, cues: ["very likely"]),
  TaggerCase(
    id: "does not seem keeps its hedge",
    sentence: "However, it does not seem to have shaken the Communist regime.",
    level: .likely, cues: ["seem to"]),
  TaggerCase(
    id: "could not have been lost is certain",
    sentence: "The implications could not have been lost on them in February 1956.",
    level: .certain, cues: ["could not have been"]),
  TaggerCase(
    id: "cue in a subordinate clause loses to the main clause",
    sentence:
      "Beria, of course, may be made the scapegoat; but it is hardly likely that he acted alone.",
    level: .possible, cues: ["of course", "may", "it is hardly likely"]),
]

let nonEpistemicCases: [TaggerCase] = [
  TaggerCase(
    id: "may be used freely",
    sentence: "The above may be used freely in discussion with Commonwealth authorities.",
    level: .unmarked, cues: []),
  TaggerCase(
    id: "it may be stated",
    sentence:
      "It may be stated, however, that its prestige and self-confidence are greatly diminished.",
    level: .unmarked, cues: []),
  TaggerCase(
    id: "may be added",
    sentence: "To this evaluation may be added good evidence of a later date.",
    level: .unmarked, cues: []),
  TaggerCase(
    id: "can be expressed",
    sentence: "There is no organization through which dissatisfaction can be expressed.",
    level: .unmarked, cues: []),
  TaggerCase(
    id: "a certain number is not a certainty cue",
    sentence: "Despite a certain number of reassuring gestures, the aims remain.",
    level: .unmarked, cues: []),
]

let sourceCases: [TaggerCase] = [
  TaggerCase(
    id: "Communist sources claim",
    sentence: "Communist sources claim these three dates.",
    level: .unmarked, cues: [], source: .sovietOfficial),
  TaggerCase(
    id: "Pravda said",
    sentence:
      "\"The meetings devoted to the plenum are over,\" Pravda said, \"but that is not all.\"",
    level: .unmarked, cues: [], source: .sovietOfficial),
  TaggerCase(
    id: "according to usually reliable sources",
    sentence:
      "According to information received from usually reliable sources it has resulted in many arrests.",
    level: .unmarked, cues: [], source: .informant),
  TaggerCase(
    id: "reportedly",
    sentence:
      "With Bulganin's downfall reportedly imminent, it should be interesting to watch the Army.",
    level: .unmarked, cues: [], source: .unnamed),
  TaggerCase(
    id: "as a qualified observer noted",
    sentence: "Stalin, as a qualified observer noted, surrounded himself with his Marshals.",
    level: .unmarked, cues: [], source: .informant),
  TaggerCase(
    id: "it has been pointed out",
    sentence: "It has been pointed out that the competitors were not a homogeneous group.",
    level: .unmarked, cues: [], source: .unnamed),
  TaggerCase(
    id: "belief of some foreign observers",
    sentence: "It is the belief of some foreign observers that his sense of balance will return.",
    level: .unmarked, cues: [], source: .informant),
  TaggerCase(
    id: "some believe",
    sentence: "Some believe that Ezhov is responsible.",
    level: .unmarked, cues: [], source: .unnamed),
  TaggerCase(
    id: "are said to",
    sentence: "Seasoned industrial workers are said to have little sympathy for their superiors.",
    level: .unmarked, cues: [], source: .unnamed),
  TaggerCase(
    id: "citation after a quotation",
    sentence:
      "They must clarify the decisions of the June plenum.\" (New York Times, July 22, 1957).",
    level: .unmarked, cues: [], source: .westernPress),
  TaggerCase(
    id: "a newspaper named without a reporting verb is not a source",
    sentence: "On 21 July Pravda criticized a number of regional Soviet journals.",
    level: .unmarked, cues: []),
  TaggerCase(
    id: "an aside in parentheses does not attribute the claim",
    sentence: "Stalin was a member of the more conservative (some would say, more liberal) wing.",
    level: .unmarked, cues: []),
]

@Suite struct ClaimTaggerTests {
  @Test(arguments: periodProseCases + negationCases + nonEpistemicCases + sourceCases)
  func tagsSentence(_ example: TaggerCase) {
    let tags = bundledTagger.tag(example.sentence)
    #expect(tags.level == example.level)
    #expect(tags.cues.map(\.match.text) == example.cues)
    #expect(tags.source.kind == example.source)
  }

  @Test func cueSpansAreUTF8OffsetsIntoTheSentence() {
    let sentence = "Beria’s fall was probably planned."
    let tags = bundledTagger.tag(sentence)
    let cue = try? #require(tags.cues.first)
    #expect(cue?.match.range == 19..<27)
    #expect(cue?.match.entry.file == "confidence.tsv")
    #expect(cue?.governs == true)
  }

  @Test func governingCueIsTheMainClauseOne() {
    let tags = bundledTagger.tag(
      "It is reasonable to suppose that the trend is not likely to change.")
    #expect(tags.cues.map(\.governs) == [true, false])
    #expect(tags.cues.map(\.level) == [.likely, .unlikely])
    #expect(tags.governingCue?.match.text == "It is reasonable to suppose")
  }

  @Test func namedSourceKeepsItsCanonicalName() {
    let tags = bundledTagger.tag("As Communist sources claim, the majority was temporary.")
    #expect(tags.source.name == "Communist sources")
    #expect(tags.source.cue?.text == "As Communist sources claim")
  }

  @Test func basisWeakAndStrong() {
    #expect(
      bundledTagger.tag("It is only our very tentative views at official level.").basis == .weak)
    #expect(
      bundledTagger.tag("The factual evidence is fragmentary and conflicting.").basis == .weak)
    #expect(
      bundledTagger.tag("This is reliably reported by the best available estimates.").basis
        == .strong)
    #expect(bundledTagger.tag("Molotov left.").basis == .unstated)
  }
}
