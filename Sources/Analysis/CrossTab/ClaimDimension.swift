import ClaimTable
import ClaimTagging

/// A property of a claim that `compare` can count by: one value per claim (`year`, `level`)
/// or a list (`topics`, `entities`), where a claim counts once per value.
public enum ClaimDimension: String, Sendable, CaseIterable {
  case level, year, doc, version, agency, country, author, basis, source
  case sourceKind = "source_kind"
  case topics, entities
  /// Hand labels (`tag +army-loyalty`).
  case tags

  /// Other names a user may type: `sources` means `source_kind`, `topic` means `topics` ...
  public static let aliases: [String: ClaimDimension] = [
    "levels": .level, "years": .year, "docs": .doc, "document": .doc, "versions": .version,
    "agencies": .agency, "authors": .author, "sources": .sourceKind, "source-kind": .sourceKind,
    "kind": .sourceKind, "topic": .topics, "entity": .entities, "countries": .country,
    "tag": .tags, "labels": .tags,
  ]

  /// Every name `compare` accepts, canonical names first.
  public static var allNames: [String] { allCases.map(\.rawValue) + aliases.keys.sorted() }

  /// The dimension called `name` (canonical or alias, any case), or nil.
  public init?(named name: String) {
    let key = name.lowercased()
    if let d = ClaimDimension(rawValue: key) ?? Self.aliases[key] { self = d } else { return nil }
  }

  /// True for list columns, where one claim may carry several values.
  public var isList: Bool { self == .topics || self == .entities || self == .tags }

  /// The claim's values on this dimension (duplicates removed).
  public func values(of tagged: TaggedClaim) -> [String] {
    let tags = tagged.tags
    switch self {
    case .level: return [tags.level.rawValue]
    case .year: return [tagged.document.year.map(String.init) ?? "?"]
    case .doc: return [tagged.claim.docID]
    case .version: return [tagged.claim.versionID]
    case .agency: return [tagged.document.agency]
    case .country: return [tagged.document.country]
    case .author: return [tagged.document.author]
    case .basis: return [tags.basis.rawValue]
    case .source: return [tags.source.name]
    case .sourceKind: return [tags.source.kind.rawValue]
    case .topics: return tags.topics.map(\.topic.rawValue)
    case .entities: return tags.entityNames
    case .tags: return tagged.handTags
    }
  }

  /// The fixed order of this dimension's values, when it has one: the confidence scale then the
  /// levels outside it, basis from weak to strong, source kinds and topics as declared.
  public var fixedOrder: [String]? {
    switch self {
    case .level: ConfidenceLevel.allCases.map(\.rawValue)
    case .basis: Basis.allCases.map(\.rawValue)
    case .sourceKind: SourceKind.allCases.map(\.rawValue)
    case .topics: Topic.allCases.map(\.rawValue)
    default: nil
    }
  }

  /// Sorts `labels` in this dimension's order: fixed order, numeric years, most frequent first
  /// for entities and sources, otherwise alphabetical.
  public func ordered(_ labels: [String], totals: [String: Int]) -> [String] {
    if let order = fixedOrder {
      let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
      return labels.sorted { (rank[$0] ?? Int.max, $0) < (rank[$1] ?? Int.max, $1) }
    }
    switch self {
    case .year:
      return labels.sorted { (Int($0) ?? Int.max, $0) < (Int($1) ?? Int.max, $1) }
    case .entities, .source, .tags:
      return labels.sorted { (-(totals[$0] ?? 0), $0) < (-(totals[$1] ?? 0), $1) }
    default:
      return labels.sorted()
    }
  }
}
