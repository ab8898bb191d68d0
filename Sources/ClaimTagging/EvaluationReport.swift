/// Scores of a tagger on labelled claims, with the misses listed.
public struct EvaluationReport: Sendable, CustomStringConvertible {
  /// One claim where the tagger's level or source kind differs from the gold label.
  public struct Miss: Sendable, Hashable {
    public var claim: Evaluation.Claim
    public var level: ConfidenceLevel
    public var cues: [String]
    public var sourceKind: SourceKind
    public var sourceName: String
  }

  public var total: Int
  /// Hedged = any level other than unmarked.
  public var hedgeTruePositives: Int
  public var hedgeFalsePositives: Int
  public var hedgeFalseNegatives: Int
  public var levelCorrect: Int
  public var sourceCorrect: Int
  /// Gold level → predicted level → count.
  public var confusion: [ConfidenceLevel: [ConfidenceLevel: Int]]
  public var misses: [Miss]

  public init(claims: [Evaluation.Claim], predicted: [ClaimTags]) {
    total = claims.count
    hedgeTruePositives = 0
    hedgeFalsePositives = 0
    hedgeFalseNegatives = 0
    levelCorrect = 0
    sourceCorrect = 0
    confusion = [:]
    misses = []
    for (claim, tags) in zip(claims, predicted) {
      switch (claim.level.isHedged, tags.level.isHedged) {
      case (true, true): hedgeTruePositives += 1
      case (false, true): hedgeFalsePositives += 1
      case (true, false): hedgeFalseNegatives += 1
      case (false, false): break
      }
      confusion[claim.level, default: [:]][tags.level, default: 0] += 1
      let levelOK = claim.level == tags.level
      let sourceOK = claim.sourceKind == tags.source.kind
      if levelOK { levelCorrect += 1 }
      if sourceOK { sourceCorrect += 1 }
      if !levelOK || !sourceOK {
        misses.append(
          Miss(
            claim: claim, level: tags.level, cues: tags.cues.map { $0.match.text.lowercased() },
            sourceKind: tags.source.kind, sourceName: tags.source.name))
      }
    }
  }

  public var hedgePrecision: Double {
    ratio(hedgeTruePositives, hedgeTruePositives + hedgeFalsePositives)
  }
  public var hedgeRecall: Double {
    ratio(hedgeTruePositives, hedgeTruePositives + hedgeFalseNegatives)
  }
  public var hedgeF1: Double {
    let (p, r) = (hedgePrecision, hedgeRecall)
    return p + r == 0 ? 0 : 2 * p * r / (p + r)
  }
  public var levelAccuracy: Double { ratio(levelCorrect, total) }
  public var sourceAccuracy: Double { ratio(sourceCorrect, total) }

  private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }

  /// A readable report: the figures, the level confusion, then every miss.
  public var description: String {
    var lines = [
      "claims: \(total)",
      "hedge precision \(percent(hedgePrecision))  recall \(percent(hedgeRecall))  F1 \(percent(hedgeF1))",
      "level accuracy \(percent(levelAccuracy)) (\(levelCorrect)/\(total))",
      "source kind accuracy \(percent(sourceAccuracy)) (\(sourceCorrect)/\(total))",
      "level confusion (gold -> predicted: count):",
    ]
    for gold in ConfidenceLevel.allCases {
      guard let row = confusion[gold] else { continue }
      let cells = ConfidenceLevel.allCases.compactMap { got in
        row[got].map { "\(got.rawValue) \($0)" }
      }
      lines.append("  \(gold.rawValue) -> \(cells.joined(separator: ", "))")
    }
    lines.append("misses: \(misses.count)")
    for miss in misses {
      let claim = miss.claim
      lines.append("- [\(claim.doc)] \(claim.sentence)")
      if claim.level != miss.level {
        lines.append(
          "    level: gold \(claim.level.rawValue) [\(claim.cues.joined(separator: "; "))], got \(miss.level.rawValue) [\(miss.cues.joined(separator: "; "))]"
        )
      }
      if claim.sourceKind != miss.sourceKind {
        lines.append(
          "    source: gold \(claim.sourceKind.rawValue) (\(claim.sourceName)), got \(miss.sourceKind.rawValue) (\(miss.sourceName))"
        )
      }
    }
    return lines.joined(separator: "\n")
  }

  private func percent(_ value: Double) -> String {
    let tenths = Int((value * 1000).rounded())
    return "\(tenths / 10).\(tenths % 10) %"
  }
}
