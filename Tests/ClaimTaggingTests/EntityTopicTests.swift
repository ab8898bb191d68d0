import ClaimTagging
import Testing

@Suite struct EntityTopicTests {
  @Test(arguments: [
    ("Ezhov, who is now Stalin’s closest adviser, rose.", ["Ezhov", "Stalin"]),
    ("Yezhov and Beriia were purgers.", ["Ezhov", "Beria"]),
    ("The M.V.D. and the secret police were one.", ["MVD"]),
    ("The CC/CPSU met; the Central Committee agreed.", ["Central Committee"]),
    ("The Red Army, the Soviet Army and the Army.", ["Army"]),
    ("Party organs in Bielorussia and Belorussia.", ["Belorussia"]),
    ("Khrushchev's and Beria’s men.", ["Khrushchev", "Beria"]),
    ("De-Stalinization was slow.", []),
  ])
  func entityAliasesNormalise(sentence: String, names: [String]) {
    #expect(bundledTagger.tag(sentence).entityNames == names)
  }

  @Test func entityTypes() {
    let entities = bundledTagger.tag("Molotov addressed the Presidium in Moscow.").entities
    #expect(entities.map(\.type) == [.person, .body, .place])
    #expect(entities.first?.match.text == "Molotov")
  }

  @Test func topicsComeFromKeywords() {
    let tags = bundledTagger.tag(
      "The purge of the secret police was part of the struggle for power.")
    #expect(tags.topics.map(\.topic) == [.purge, .securityPolice, .powerStruggle])
    #expect(tags.topics.first?.match.text == "purge")
  }
}
