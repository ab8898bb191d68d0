/// A lexicon phrase found in a sentence.
public struct Match: Sendable, Hashable {
  /// The sentence text the phrase covers, as written.
  public var text: String
  /// UTF-8 byte offsets of the match in the sentence.
  public var range: Range<Int>
  /// The lexicon line that matched.
  public var entry: LexiconEntry

  public init(text: String, range: Range<Int>, entry: LexiconEntry) {
    self.text = text
    self.range = range
    self.entry = entry
  }
}

/// A confidence cue with the level it expresses after negation.
public struct CueMatch: Sendable, Hashable {
  public var match: Match
  /// The level after negation is applied.
  public var level: ConfidenceLevel
  /// True when a negator ("not", "hardly") just before the cue flipped it.
  public var negated: Bool
  /// True for the one cue that sets the claim's level.
  public var governs: Bool

  public init(match: Match, level: ConfidenceLevel, negated: Bool, governs: Bool) {
    self.match = match
    self.level = level
    self.negated = negated
    self.governs = governs
  }
}

/// Who a claim is attributed to; `author` (with no cue) when nothing attributes it.
public struct SourceAttribution: Sendable, Hashable {
  public var name: String
  public var kind: SourceKind
  /// The phrase that attributes the claim; nil for the author, or for a claim inside a quotation
  /// attributed from another sentence (see `inherited`).
  public var cue: Match?
  /// True when `tagDocument` carried the attribution over from a quotation's citation or
  /// introduction in another sentence.
  public var inherited: Bool

  public init(name: String, kind: SourceKind, cue: Match? = nil, inherited: Bool = false) {
    self.name = name
    self.kind = kind
    self.cue = cue
    self.inherited = inherited
  }

  /// The writer of the document.
  public static let author = SourceAttribution(name: "author", kind: .author)
}

/// Whether an entity is a person, a body or a place.
public enum EntityType: String, Sendable, CaseIterable {
  case person, body, place
}

/// A named entity, by its canonical name ("Ezhov" for Yezhov, "MVD" for M.V.D.).
public struct EntityMatch: Sendable, Hashable {
  public var name: String
  public var type: EntityType
  public var match: Match

  public init(name: String, type: EntityType, match: Match) {
    self.name = name
    self.type = type
    self.match = match
  }
}

/// The controlled topic vocabulary.
public enum Topic: String, Sendable, CaseIterable {
  case powerStruggle = "power-struggle"
  case purge
  case policyChange = "policy-change"
  case foreignPolicy = "foreign-policy"
  case military
  case securityPolice = "security-police"
  case economy
  case ideology
  case publicMood = "public-mood"
  case satellites
}

/// A topic with the keyword match that first signalled it.
public struct TopicMatch: Sendable, Hashable {
  public var topic: Topic
  public var match: Match

  public init(topic: Topic, match: Match) {
    self.topic = topic
    self.match = match
  }
}
