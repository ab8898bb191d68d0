import Annotations
import ClaimTagging
import TableModel

/// The claim table's columns, in export order. The README documents each one.
///
/// Hand overrides replace `level`, `source` and `source_kind`; when any claim has one, the
/// automatic value stays visible in a `*_auto` column right after the overridden one.
public enum ClaimColumns {
  public static let names = [
    "id", "doc", "version", "year", "date", "author", "paragraph", "sentence", "text", "level",
    "cues", "p_low", "p_high", "basis", "source", "source_kind", "entities", "topics", "tags",
    "note",
  ]

  /// The seven ordered levels, lowest first, as `level >= likely` compares them.
  public static let levelScale = ConfidenceLevel.scale.map(\.rawValue)

  /// The columns, with `level_auto`, `source_auto`, `source_kind_auto` for overridden fields.
  public static func columns(overridden: Set<OverrideField> = []) -> [Column] {
    var columns: [Column] = []
    for name in names {
      let isLevel = name == "level"
      columns.append(Column(name, scale: isLevel ? levelScale : nil))
      if let field = OverrideField(rawValue: name), overridden.contains(field) {
        columns.append(Column(name + "_auto", scale: isLevel ? levelScale : nil))
      }
    }
    return columns
  }

  /// A level as a table cell: ranked on the scale, or unranked for possible/certain/...
  public static func cell(_ level: ConfidenceLevel) -> Value {
    .ordinal(Ordinal(name: level.rawValue, rank: level.rank))
  }

  static func row(
    _ tagged: TaggedClaim, annotation: ClaimAnnotation, overridden: Set<OverrideField>
  ) -> [Value] {
    let claim = tagged.claim
    let tags = tagged.tags
    let level = annotation.overrides[.level].flatMap(ConfidenceLevel.init) ?? tags.level
    let icd = level.icd203
    var row: [Value] = [
      .string(claim.id), .string(claim.docID), .string(claim.versionID),
      tagged.document.year.map(Value.int) ?? .null, .string(tagged.document.date),
      .string(tagged.document.author), .string(claim.paragraphLabel ?? "p\(claim.paragraphIndex)"),
      .int(claim.sentence), .string(claim.text), cell(level),
    ]
    if overridden.contains(.level) { row.append(cell(tags.level)) }
    row += [
      .list(tags.cues.map { .string($0.match.text) }),
      icd.map { .int($0.low) } ?? .null,
      icd.map { .int($0.high) } ?? .null,
      .string(tags.basis.rawValue),
      .string(annotation.overrides[.source] ?? tags.source.name),
    ]
    if overridden.contains(.source) { row.append(.string(tags.source.name)) }
    row.append(.string(annotation.overrides[.sourceKind] ?? tags.source.kind.rawValue))
    if overridden.contains(.sourceKind) { row.append(.string(tags.source.kind.rawValue)) }
    row += [
      .list(tags.entityNames.map(Value.string)),
      .list(uniqueTopics(tags).map(Value.string)),
      .list(annotation.sortedTags.map(Value.string)),
      annotation.note.map(Value.string) ?? .null,
    ]
    return row
  }

  private static func uniqueTopics(_ tags: ClaimTags) -> [String] {
    var seen = Set<String>()
    return tags.topics.map(\.topic.rawValue).filter { seen.insert($0).inserted }
  }
}
