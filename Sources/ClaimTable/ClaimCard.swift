/// One claim as a card: where it stands, its text, and its tags in one line each.
public enum ClaimCard {
  public static func render(_ tagged: TaggedClaim) -> String {
    let claim = tagged.claim
    let tags = tagged.tags
    let paragraph = claim.paragraphLabel ?? "p\(claim.paragraphIndex)"
    let range = tags.level.icd203.map { " (ICD 203 \($0.low)-\($0.high) %)" } ?? ""
    return [
      "\(claim.id)  \(tagged.document.id) \(tagged.document.date), version \(claim.versionID), "
        + "paragraph \(paragraph), sentence \(claim.sentence), line \(claim.line)",
      "  \(claim.text)",
      "  level: \(tags.level.rawValue)\(range); cues: "
        + (tags.cues.isEmpty ? "none" : tags.cues.map(\.match.text).joined(separator: "; ")),
      "  basis: \(tags.basis.rawValue); source: \(tags.source.name) (\(tags.source.kind.rawValue))",
      "  entities: \(tags.entityNames.joined(separator: "; "))",
      "  topics: \(tags.topics.map(\.topic.rawValue).joined(separator: "; "))",
    ].joined(separator: "\n")
  }
}
