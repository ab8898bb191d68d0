/// An entry's columns decoded once when the lexicons load, so tagging compares enums, not
/// strings.
struct EntryInfo: Sendable {
  enum Role: Sendable {
    case cue, notACue, negator
  }

  var kindOrder: Int
  var confidenceRole: Role = .cue
  var level: ConfidenceLevel?
  var keep = false
  var aside = false
  var basis: Basis = .unstated
  var sourceRole: SourceRole?
  var sourceKind: SourceKind?
  var entityType: EntityType = .body
  var topic: Topic?
  /// `1 << topic's index in Topic.allCases`, so tagging need not build `allCases` per hit.
  var topicBit: UInt16 = 1

  init(_ entry: LexiconEntry) {
    kindOrder = entry.kind.order
    switch entry.kind {
    case .confidence:
      switch entry.value {
      case "none": confidenceRole = .notACue
      case "negator": confidenceRole = .negator
      default: level = ConfidenceLevel(rawValue: entry.value)
      }
      keep = entry.extra.first == "keep"
      aside = entry.extra.first == "aside"
    case .basis:
      basis = Basis(rawValue: entry.value) ?? .unstated
    case .sources:
      sourceRole = SourceRole(rawValue: entry.value)
      sourceKind = entry.extra.first.flatMap(SourceKind.init(rawValue:))
    case .entities:
      entityType = entry.extra.first.flatMap(EntityType.init(rawValue:)) ?? .body
    case .topics:
      topic = Topic(rawValue: entry.value)
      topicBit = 1 << UInt16(topic.flatMap(Topic.allCases.firstIndex(of:)) ?? 0)
    }
  }
}
