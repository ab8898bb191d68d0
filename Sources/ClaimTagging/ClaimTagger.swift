/// Tags claims: confidence level and cues, basis, source, entities and topics.
///
/// One pass of the lexicons' byte trie finds every phrase; each lexicon's overlapping matches
/// are then resolved leftmost-longest, and small rules read the result:
///
/// ```
/// tag("It is reasonable to suppose that the trend is not likely to change.")
/// // level .likely: "it is reasonable to suppose" governs; "not likely" (unlikely) is kept
/// ```
public struct ClaimTagger: Sendable {
  public let lexicons: Lexicons

  public init(lexicons: Lexicons) {
    self.lexicons = lexicons
  }

  /// Tags one sentence on its own.
  public func tag(_ sentence: String) -> ClaimTags {
    analyse(sentence).tags
  }

  /// A sentence's tags plus what `tagDocument` needs to attribute quotations.
  struct Analysis {
    var tags: ClaimTags
    /// True when the source came from a citation after a quotation.
    var viaCitation = false
    /// The first source name mentioned, attributing or not ("Victor Zorza's article in ...").
    var mentioned: SourceAttribution?
  }

  /// A raw trie hit: byte range and entry index.
  struct Hit {
    var start: Int
    var end: Int
    var entry: Int
  }

  func analyse(_ sentence: String) -> Analysis {
    var text = sentence
    return text.withUTF8 { bytes in
      var buckets = [[Hit]](repeating: [], count: LexiconEntry.Kind.allCases.count)
      let entries = lexicons.entries
      lexicons.trie.scan(bytes) { start, end, index in
        buckets[entries[index].kind.order].append(Hit(start: start, end: end, entry: index))
      }
      let reader = HitReader(bytes: bytes, entries: entries)
      var analysis = Analysis(tags: ClaimTags())
      let confidence = reader.resolve(buckets[LexiconEntry.Kind.confidence.order])
      if !confidence.isEmpty { reader.readConfidence(confidence, into: &analysis.tags) }
      let basis = reader.resolve(buckets[LexiconEntry.Kind.basis.order])
      if let first = basis.first {
        analysis.tags.basis = Basis(rawValue: entries[first.entry].value) ?? .unstated
        analysis.tags.basisCues = basis.map(reader.match)
      }
      let sources = reader.resolve(buckets[LexiconEntry.Kind.sources.order])
      if !sources.isEmpty { reader.readSources(sources, into: &analysis) }
      for hit in reader.resolve(buckets[LexiconEntry.Kind.entities.order]) {
        let entry = entries[hit.entry]
        let type = entry.extra.first.flatMap(EntityType.init(rawValue:)) ?? .body
        analysis.tags.entities.append(
          EntityMatch(name: entry.value, type: type, match: reader.match(hit)))
      }
      var seenTopics = Set<Topic>()
      for hit in reader.resolve(buckets[LexiconEntry.Kind.topics.order]) {
        guard let topic = Topic(rawValue: entries[hit.entry].value),
          seenTopics.insert(topic).inserted
        else { continue }
        analysis.tags.topics.append(TopicMatch(topic: topic, match: reader.match(hit)))
      }
      return analysis
    }
  }
}

extension LexiconEntry.Kind {
  /// Index of the kind in `allCases`, used to bucket hits.
  var order: Int {
    switch self {
    case .confidence: 0
    case .basis: 1
    case .sources: 2
    case .entities: 3
    case .topics: 4
    }
  }
}
