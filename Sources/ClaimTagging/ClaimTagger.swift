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
    var analysis = analyse(sentence)
    return analysis.takeTags()
  }

  /// A sentence's tags plus what `tagDocument` needs to attribute quotations.
  struct Analysis {
    var tags: ClaimTags
    /// True when the source came from a citation after a quotation.
    var viaCitation = false
    /// The first source name mentioned, attributing or not ("Victor Zorza's article in ...").
    var mentioned: SourceAttribution?

    /// Moves the tags out, leaving empty ones, so returning them retains nothing (reading
    /// `.tags` copies every match and its lexicon entry).
    mutating func takeTags() -> ClaimTags {
      var tags = ClaimTags()
      swap(&tags, &self.tags)
      return tags
    }
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
      // Long corpus sentences outgrow 32 raw hits (the profile showed the array regrowing);
      // reserving by length spares that.
      hits.reserveCapacity(max(32, bytes.count / 4))
      let info = lexicons.info
      lexicons.trie.scan(bytes) { start, end, index in
        hits.append(Hit(start: start, end: end, entry: index, kind: info[index].kindOrder))
      }
      var analysis = Analysis(tags: ClaimTags())
      guard !hits.isEmpty else { return analysis }
      let reader = HitReader(bytes: bytes, entries: lexicons.entries, info: info)
      var resolved = reader.resolve(hits)
      Self.sortByKind(&resolved)
      let confidence = Self.slice(resolved, kind: 0)
      if !confidence.isEmpty { reader.readConfidence(confidence, into: &analysis.tags) }
      let basis = Self.slice(resolved, kind: 1)
      if let first = basis.first {
        analysis.tags.basis = info[first.entry].basis
        analysis.tags.basisCues = basis.map(reader.match)
      }
      let sources = Self.slice(resolved, kind: 2)
      if !sources.isEmpty { reader.readSources(sources, into: &analysis) }
      let entities = Self.slice(resolved, kind: 3)
      analysis.tags.entities.reserveCapacity(entities.count)
      for hit in entities {
        analysis.tags.entities.append(
          EntityMatch(
            name: lexicons.entries[hit.entry].value, type: info[hit.entry].entityType,
            match: reader.match(hit)))
      }
      var seenTopics: UInt16 = 0
      let topics = Self.slice(resolved, kind: 4)
      analysis.tags.topics.reserveCapacity(topics.count)
      for hit in topics {
        guard let topic = info[hit.entry].topic else { continue }
        let bit = info[hit.entry].topicBit
        guard seenTopics & bit == 0 else { continue }
        seenTopics |= bit
        analysis.tags.topics.append(TopicMatch(topic: topic, match: reader.match(hit)))
      }
      return analysis
    }
  }
}

extension ClaimTagger {
  /// Stable insertion sort by kind: each lexicon's hits stay in sentence order, and the
  /// handful of hits per sentence need no allocation (unlike one `filter` per kind).
  static func sortByKind(_ hits: inout [Hit]) {
    guard hits.count > 1 else { return }
    for i in 1..<hits.count {
      let hit = hits[i]
      var j = i
      while j > 0 && hits[j - 1].kind > hit.kind {
        hits[j] = hits[j - 1]
        j -= 1
      }
      hits[j] = hit
    }
  }

  /// The hits of one kind in hits sorted by kind.
  static func slice(_ sorted: [Hit], kind: Int) -> ArraySlice<Hit> {
    let lower = sorted.firstIndex { $0.kind >= kind } ?? sorted.count
    let upper = sorted[lower...].firstIndex { $0.kind > kind } ?? sorted.count
    return sorted[lower..<upper]
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
