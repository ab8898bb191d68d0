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
