/// Everything the tagger found in one claim (sentence).
public struct ClaimTags: Sendable, Hashable {
  /// The level set by the governing cue; `unmarked` when there is no cue.
  public var level: ConfidenceLevel
  /// Every confidence cue, in sentence order, with its span and whether it governs.
  public var cues: [CueMatch]
  public var basis: Basis
  public var basisCues: [Match]
  public var source: SourceAttribution
  /// Entities in sentence order, repeats included.
  public var entities: [EntityMatch]
  /// One entry per topic, with the first keyword that signalled it, in sentence order.
  public var topics: [TopicMatch]

  public init(
    level: ConfidenceLevel = .unmarked, cues: [CueMatch] = [], basis: Basis = .unstated,
    basisCues: [Match] = [], source: SourceAttribution = .author, entities: [EntityMatch] = [],
    topics: [TopicMatch] = []
  ) {
    self.level = level
    self.cues = cues
    self.basis = basis
    self.basisCues = basisCues
    self.source = source
    self.entities = entities
    self.topics = topics
  }

  /// The governing cue, if any.
  public var governingCue: CueMatch? { cues.first { $0.governs } }

  /// Distinct canonical entity names, in first-seen order.
  public var entityNames: [String] {
    var seen = Set<String>()
    return entities.compactMap { seen.insert($0.name).inserted ? $0.name : nil }
  }
}
