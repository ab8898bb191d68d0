import ClaimTagging
import TableModel

/// The claim table's columns, in export order. The README documents each one.
public enum ClaimColumns {
  public static let names = [
    "id", "doc", "version", "year", "date", "author", "paragraph", "sentence", "text", "level",
    "cues", "p_low", "p_high", "basis", "source", "source_kind", "entities", "topics", "tags",
    "note",
  ]

  public static var columns: [Column] {
    names.map { $0 == "level" ? Column($0, scale: levelScale) : Column($0) }
  }

  /// The seven ordered levels, lowest first, as `level >= likely` compares them.
  public static let levelScale = ConfidenceLevel.scale.map(\.rawValue)

  /// A level as a table cell: ranked on the scale, or unranked for possible/certain/...
  public static func cell(_ level: ConfidenceLevel) -> Value {
    .ordinal(Ordinal(name: level.rawValue, rank: level.rank))
  }

  static func row(_ tagged: TaggedClaim) -> [Value] {
    let claim = tagged.claim
    let tags = tagged.tags
    let icd = tags.level.icd203
    return [
      .string(claim.id),
      .string(claim.docID),
      .string(claim.versionID),
      tagged.document.year.map(Value.int) ?? .null,
      .string(tagged.document.date),
      .string(tagged.document.author),
      .string(claim.paragraphLabel ?? "p\(claim.paragraphIndex)"),
      .int(claim.sentence),
      .string(claim.text),
      cell(tags.level),
      .list(tags.cues.map { .string($0.match.text) }),
      icd.map { .int($0.low) } ?? .null,
      icd.map { .int($0.high) } ?? .null,
      .string(tags.basis.rawValue),
      .string(tags.source.name),
      .string(tags.source.kind.rawValue),
      .list(uniqueNames(tags.entityNames)),
      .list(uniqueNames(tags.topics.map(\.topic.rawValue))),
      .list([]),
      .null,
    ]
  }

  private static func uniqueNames(_ names: [String]) -> [Value] {
    var seen = Set<String>()
    return names.filter { seen.insert($0).inserted }.map(Value.string)
  }
}
