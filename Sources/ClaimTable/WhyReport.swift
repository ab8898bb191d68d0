import ClaimTagging

/// Explains a claim's automatic tags: each cue, source phrase, entity and topic with its place
/// in the text and the lexicon entry that produced it (`why CLAIM-ID`).
public enum WhyReport {
  public static func render(_ tagged: TaggedClaim) -> String {
    let claim = tagged.claim
    let tags = tagged.tags
    let place =
      "\(claim.docID), version \(claim.versionID), paragraph "
      + "\(claim.paragraphLabel ?? "p\(claim.paragraphIndex)"), sentence \(claim.sentence), line \(claim.line)"
    var lines = ["\(claim.id)  (\(place))", "  \(claim.text)", ""]
    lines.append("level: \(tags.level.rawValue)\(scales(tags.level))")
    if tags.cues.isEmpty { lines.append("  no confidence cue: unmarked") }
    for cue in tags.cues {
      var flags: [String] = [cue.level.rawValue]
      if cue.negated { flags.append("negated") }
      if cue.governs { flags.append("governs") }
      lines.append(item(cue.match, detail: flags.joined(separator: ", ")))
    }
    lines.append("basis: \(tags.basis.rawValue)")
    lines += tags.basisCues.map { item($0, detail: nil) }
    lines.append("source: \(tags.source.name) (\(tags.source.kind.rawValue))")
    if let cue = tags.source.cue {
      lines.append(item(cue, detail: nil))
    } else {
      lines.append("  no attribution cue: the author's own claim")
    }
    lines.append("entities:")
    lines += tags.entities.map { item($0.match, detail: "\($0.name), \($0.type.rawValue)") }
    lines.append("topics:")
    lines += tags.topics.map { item($0.match, detail: $0.topic.rawValue) }
    return lines.joined(separator: "\n")
  }

  /// `  "probably" at 41..<49  ← confidence.tsv:12 probably → likely (governs)`
  private static func item(_ match: Match, detail: String?) -> String {
    let detailText = detail.map { " (\($0))" } ?? ""
    return "  \"\(match.text)\" at \(match.range.lowerBound)..<\(match.range.upperBound)"
      + "  ← \(match.entry.location) \"\(match.entry.phrase)\" → \(match.entry.value)\(detailText)"
  }

  private static func scales(_ level: ConfidenceLevel) -> String {
    var parts: [String] = []
    if let r = level.icd203 { parts.append("ICD 203 \(r.term) \(r.low)-\(r.high) %") }
    if let r = level.kent { parts.append("Kent \(r.term) \(r.low)-\(r.high) %") }
    if let r = level.ukYardstick { parts.append("UK \(r.term) \(r.low)-\(r.high) %") }
    return parts.isEmpty ? "" : "  (" + parts.joined(separator: "; ") + ")"
  }
}
