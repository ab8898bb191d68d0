import ClaimTable
import ClaimTagging
import CorpusLoading

/// Hand-made tagged claims and the real corpus, shared by the tests.
enum Fixtures {
  static func claim(
    _ id: String, year: Int, level: ConfidenceLevel, source: SourceKind = .author,
    topics: [Topic] = [], text: String = "Text."
  ) -> TaggedClaim {
    let doc = "doc\(year)"
    let entry = LexiconEntry(kind: .topics, file: "topics.tsv", line: 1, phrase: "x", value: "x")
    let topicMatches = topics.map {
      TopicMatch(topic: $0, match: Match(text: "x", range: 0..<1, entry: entry))
    }
    return TaggedClaim(
      claim: Claim(
        id: "\(doc)/\(id)", docID: doc, versionID: "main", paragraphLabel: "1", paragraphIndex: 1,
        sentence: 1, text: text, line: 1),
      document: DocumentMetadata(id: doc, year: year),
      tags: ClaimTags(
        level: level, source: SourceAttribution(name: source.rawValue, kind: source),
        topics: topicMatches))
  }

  /// Six claims: 1937 has likely, likely, unmarked (one with two topics); 1953 has remote,
  /// possible, almost-certain.
  static let small: [TaggedClaim] = [
    claim("1", year: 1937, level: .likely, topics: [.purge, .military]),
    claim("2", year: 1937, level: .likely, source: .informant, topics: [.purge]),
    claim("3", year: 1937, level: .unmarked),
    claim("1", year: 1953, level: .remote, topics: [.securityPolice]),
    claim("2", year: 1953, level: .possible),
    claim("3", year: 1953, level: .almostCertain, source: .westernPress),
  ]

  /// The bundled corpus, loaded and tagged once.
  static let workbench: Workbench? = try? Workbench.load(corpus: nil)
}
