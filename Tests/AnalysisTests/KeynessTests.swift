import Analysis
import Testing

@Suite struct KeynessTests {
  /// a = 10 in c = 1000, b = 5 in d = 2000: E1 = 5, E2 = 10,
  /// G2 = 2 (10 ln 2 + 5 ln 0.5) = 10 ln 2 = 6.931472.
  @Test func g2MatchesHandComputation() {
    #expect(abs(LogLikelihood.g2(a: 10, b: 5, c: 1000, d: 2000) - 6.931472) < 1e-6)
  }

  @Test func g2WithZeroCount() {
    // a = 4, b = 0, c = d = 100: E1 = 2, G2 = 2 · 4 ln 2 = 5.545177.
    #expect(abs(LogLikelihood.g2(a: 4, b: 0, c: 100, d: 100) - 5.545177) < 1e-6)
    #expect(LogLikelihood.g2(a: 3, b: 3, c: 100, d: 100) == 0)
  }

  @Test(arguments: [
    ("Khrushchev's men — 1957!", ["khrushchev's", "men"]),
    ("'Leninist nucleus' and don't", ["leninist", "nucleus", "and", "don't"]),
    ("the M.V.D. and i.e. CPSU", ["the", "m.v.d", "and", "i.e", "cpsu"]),
    ("end.Next", ["end", "next"]),
  ])
  func tokenizer(text: String, expected: [String]) {
    #expect(WordTokenizer.words(text) == expected)
  }

  @Test func rankingOnFixture() {
    let target = [Fixtures.claim("1", year: 1937, level: .unmarked, text: "purge purge purge army")]
    let rest = [Fixtures.claim("1", year: 1953, level: .unmarked, text: "army army army police")]
    let result = Keyness.compute(target: target, reference: rest)
    #expect(result.targetWords == 4)
    #expect(result.words.first?.item == "purge")
    #expect(result.words.first?.overUsed == true)
    #expect(result.words.first?.targetPerThousand == 750)
    let army = result.words.first { $0.item == "army" }
    #expect(army?.direction == "−")
  }

  @Test func realCorpus1957() throws {
    let workbench = try #require(Fixtures.workbench)
    let target = workbench.claims.filter { $0.document.year == 1957 }
    let rest = workbench.claims.filter { $0.document.year != 1957 }
    let result = Keyness.compute(target: target, reference: rest)
    let top = try #require(result.words.first)
    #expect(top.item == "khrushchev")
    #expect(top.targetCount == 84)
    #expect(top.referenceCount == 0)
    #expect(result.targetWords == 6950)
    #expect(result.referenceWords == 3903)
    // E1 = 6950 · 84 / 10853 = 53.79; G2 = 2 · 84 · ln(84 / 53.79) = 74.88.
    #expect(abs(top.g2 - 74.88) < 0.01)
    let probably = try #require(result.cues.first { $0.item == "probably" })
    #expect(probably.targetCount == 20)
    #expect(probably.referenceCount == 2)
    #expect(probably.overUsed)
  }
}
