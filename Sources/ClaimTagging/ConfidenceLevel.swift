/// How likely the writer says a claim is: seven ordered levels plus four outside the order.
///
/// The ordered seven follow ICD 203's likelihood terms; `possible`, `certain`, `uncertain` and
/// `unmarked` sit outside the order. Ranges on each standard are cited in `Lexicons/data/scales.tsv`.
public enum ConfidenceLevel: String, CaseIterable, Sendable, Codable {
  case remote
  case veryUnlikely = "very-unlikely"
  case unlikely
  case even
  case likely
  case veryLikely = "very-likely"
  case almostCertain = "almost-certain"
  case possible
  case certain
  case uncertain
  case unmarked

  /// The ordered seven, from `remote` to `almostCertain`.
  public static var scale: [ConfidenceLevel] {
    [.remote, .veryUnlikely, .unlikely, .even, .likely, .veryLikely, .almostCertain]
  }

  /// Position on the ordered scale (0...6); nil for the four levels outside the order.
  public var rank: Int? { Self.scale.firstIndex(of: self) }

  /// True for every level except `unmarked`: the claim carries some estimative cue.
  public var isHedged: Bool { self != .unmarked }

  /// The level a negated cue expresses: "not likely" → unlikely, "not certain" → uncertain.
  public var negated: ConfidenceLevel {
    if let rank { return Self.scale[Self.scale.count - 1 - rank] }
    switch self {
    case .possible: return .unlikely
    case .certain: return .uncertain
    case .uncertain: return .certain
    default: return self
    }
  }

  /// ICD 203 (2015) likelihood range; nil off the ordered scale.
  public var icd203: ProbabilityRange? { ProbabilityRange.table[.icd203]?[self] }

  /// Sherman Kent (1964) range; nil where Kent has no word (very-unlikely, very-likely).
  public var kent: ProbabilityRange? { ProbabilityRange.table[.kent]?[self] }

  /// UK probability yardstick range; nil off the ordered scale.
  public var ukYardstick: ProbabilityRange? { ProbabilityRange.table[.ukYardstick]?[self] }
}
