/// A probability range in whole percent (inclusive) and the standard's word for it.
public struct ProbabilityRange: Sendable, Hashable, CustomStringConvertible {
  public var low: Int
  public var high: Int
  public var term: String

  public init(low: Int, high: Int, term: String) {
    self.low = low
    self.high = high
    self.term = term
  }

  /// `55-80 % (likely / probable)`.
  public var description: String { "\(low)-\(high) % (\(term))" }

  /// The three estimative standards a level maps onto.
  public enum Standard: String, Sendable, CaseIterable {
    case icd203
    case kent
    case ukYardstick = "uk-yardstick"
  }

  /// The figures of `Lexicons/data/scales.tsv` (a test checks the two agree).
  static let table: [Standard: [ConfidenceLevel: ProbabilityRange]] = [
    .icd203: [
      .remote: .init(low: 1, high: 5, term: "almost no chance / remote"),
      .veryUnlikely: .init(low: 5, high: 20, term: "very unlikely / highly improbable"),
      .unlikely: .init(low: 20, high: 45, term: "unlikely / improbable"),
      .even: .init(low: 45, high: 55, term: "roughly even chance / roughly even odds"),
      .likely: .init(low: 55, high: 80, term: "likely / probable"),
      .veryLikely: .init(low: 80, high: 95, term: "very likely / highly probable"),
      .almostCertain: .init(low: 95, high: 99, term: "almost certain / nearly certain"),
    ],
    .kent: [
      .remote: .init(low: 2, high: 12, term: "almost certainly not"),
      .unlikely: .init(low: 20, high: 40, term: "probably not"),
      .even: .init(low: 40, high: 60, term: "chances about even"),
      .likely: .init(low: 63, high: 87, term: "probable"),
      .almostCertain: .init(low: 87, high: 99, term: "almost certain"),
    ],
    .ukYardstick: [
      .remote: .init(low: 0, high: 5, term: "remote chance"),
      .veryUnlikely: .init(low: 10, high: 20, term: "highly unlikely"),
      .unlikely: .init(low: 25, high: 35, term: "unlikely"),
      .even: .init(low: 40, high: 50, term: "realistic possibility"),
      .likely: .init(low: 55, high: 75, term: "likely / probable"),
      .veryLikely: .init(low: 80, high: 90, term: "highly likely"),
      .almostCertain: .init(low: 95, high: 100, term: "almost certain"),
    ],
  ]
}
