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
    /// `LexiconEntry.Kind.order` of the entry.
    var kind: Int
  }

  func analyse(_ sentence: String) -> Analysis {
    var text = sentence
    return text.withUTF8 { bytes in
      var hits: [Hit] = []
      hits.reserveCapacity(32)
      let info = lexicons.info
      lexicons.trie.scan(bytes) { start, end, index in
        hits.append(Hit(start: start, end: end, entry: index, kind: info[index].kindOrder))
      }
      var analysis = Analysis(tags: ClaimTags())
      guard !hits.isEmpty else { return analysis }
      let reader = HitReader(bytes: bytes, entries: lexicons.entries, info: info)
      let resolved = reader.resolve(hits)
      let confidence = resolved.filter { $0.kind == 0 }
      if !confidence.isEmpty { reader.readConfidence(confidence, into: &analysis.tags) }
      let basis = resolved.filter { $0.kind == 1 }
      if let first = basis.first {
        analysis.tags.basis = info[first.entry].basis
        analysis.tags.basisCues = basis.map(reader.match)
      }
      let sources = resolved.filter { $0.kind == 2 }
      if !sources.isEmpty { reader.readSources(sources, into: &analysis) }
      var seenTopics: UInt16 = 0
      for hit in resolved {
        if hit.kind == 3 {
          analysis.tags.entities.append(
            EntityMatch(
              name: lexicons.entries[hit.entry].value, type: info[hit.entry].entityType,
              match: reader.match(hit)))
        } else if hit.kind == 4, let topic = info[hit.entry].topic {
          let bit: UInt16 = 1 << UInt16(Topic.allCases.firstIndex(of: topic) ?? 0)
          guard seenTopics & bit == 0 else { continue }
          seenTopics |= bit
          analysis.tags.topics.append(TopicMatch(topic: topic, match: reader.match(hit)))
        }
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
