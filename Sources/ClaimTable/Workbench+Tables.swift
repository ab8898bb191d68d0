import Annotations
import ClaimTagging
import CorpusLoading
import TableModel

/// The tables a pipeline can start from, each optionally narrowed to one document.
extension Workbench {
  public static let tableNames = [
    "claims", "cues", "docs", "edits", "entities", "furniture", "sources",
  ]

  /// The table called `name`, or nil when there is none by that name.
  public func table(named name: String, document: String? = nil) -> Table? {
    switch name {
    case "claims": claimsTable(document: document)
    case "docs": docsTable(document: document)
    case "cues": cuesTable(document: document)
    case "sources": sourcesTable(document: document)
    case "entities": entitiesTable(document: document)
    case "edits": editsTable(document: document)
    case "furniture": furnitureTable(document: document)
    default: nil
    }
  }

  private func selected(_ document: String?) -> [TaggedClaim] {
    guard let document else { return claims }
    return claims.filter { $0.claim.docID == document }
  }

  private func documents(_ id: String?) -> [Document] {
    corpus.documents.filter { id == nil || $0.id == id }
  }

  /// The claim table, with hand annotations (tags, notes, overrides) merged in when given.
  public func claimsTable(
    document: String? = nil, annotations: ClaimAnnotations = ClaimAnnotations()
  ) -> Table {
    let overridden = Set(annotations.byClaim.values.flatMap(\.overrides.keys))
    return Table(
      columns: ClaimColumns.columns(overridden: overridden),
      rows: selected(document).map {
        ClaimColumns.row($0, annotation: annotations[$0.id], overridden: overridden)
      })
  }

  /// Every claim as the anchor the annotation store keys on: id and text.
  public var claimRefs: [ClaimRef] {
    claims.map { ClaimRef(id: $0.id, text: $0.claim.text) }
  }

  /// Claim id to text, for finding orphaned annotations.
  public var claimTexts: [String: String] {
    Dictionary(claims.map { ($0.id, $0.claim.text) }, uniquingKeysWith: { first, _ in first })
  }

  public func docsTable(document: String? = nil) -> Table {
    let columns = [
      "id", "year", "date", "author", "kind", "versions", "paragraphs", "claims", "title",
      "agency", "country", "classification",
    ].map { Column($0) }
    let rows: [[Value]] = documents(document).map { doc in
      let m = doc.metadata
      return [
        .string(m.id), m.year.map(Value.int) ?? .null, .string(m.date), .string(m.author),
        .string(m.kind), .int(doc.versions.count), .int(doc.paragraphCount),
        .int(doc.claimCount), .string(m.title), .string(m.agency), .string(m.country),
        .string(m.classification),
      ]
    }
    return Table(columns: columns, rows: rows)
  }

  /// One row per confidence cue, with its span and the lexicon entry behind it.
  public func cuesTable(document: String? = nil) -> Table {
    let columns = [
      Column("claim"), Column("doc"), Column("year"), Column("cue"),
      Column("level", scale: ClaimColumns.levelScale), Column("negated"), Column("governs"),
      Column("start"), Column("end"), Column("entry"),
    ]
    var rows: [[Value]] = []
    for tagged in selected(document) {
      for cue in tagged.tags.cues {
        rows.append([
          .string(tagged.id), .string(tagged.claim.docID), year(tagged),
          .string(cue.match.text), ClaimColumns.cell(cue.level), .bool(cue.negated),
          .bool(cue.governs), .int(cue.match.range.lowerBound), .int(cue.match.range.upperBound),
          .string(cue.match.entry.location),
        ])
      }
    }
    return Table(columns: columns, rows: rows)
  }

  public func sourcesTable(document: String? = nil) -> Table {
    let columns = ["claim", "doc", "year", "source", "source_kind", "cue", "entry"].map {
      Column($0)
    }
    let rows: [[Value]] = selected(document).map { tagged in
      let source = tagged.tags.source
      return [
        .string(tagged.id), .string(tagged.claim.docID), year(tagged), .string(source.name),
        .string(source.kind.rawValue), .string(source.cue?.text ?? ""),
        .string(source.cue?.entry.location ?? ""),
      ]
    }
    return Table(columns: columns, rows: rows)
  }

  public func entitiesTable(document: String? = nil) -> Table {
    let columns = ["claim", "doc", "year", "entity", "type", "alias", "entry"].map { Column($0) }
    var rows: [[Value]] = []
    for tagged in selected(document) {
      for entity in tagged.tags.entities {
        rows.append([
          .string(tagged.id), .string(tagged.claim.docID), year(tagged), .string(entity.name),
          .string(entity.type.rawValue), .string(entity.match.text),
          .string(entity.match.entry.location),
        ])
      }
    }
    return Table(columns: columns, rows: rows)
  }

  /// One row per draft edit, with the claim's level and source read with the edit undone
  /// (`_before`) and applied (`_after`); see `EditReading`.
  public func editsTable(document: String? = nil) -> Table {
    let scale = ClaimColumns.levelScale
    let columns =
      ["doc", "version", "paragraph", "kind", "text", "claim", "line", "column"].map { Column($0) }
      + [
        Column("level_before", scale: scale), Column("level_after", scale: scale),
        Column("source_before"), Column("source_after"), Column("changes_level"),
        Column("changes_source"),
      ]
    var rows: [[Value]] = []
    for doc in documents(document) {
      let readings = doc.edits.isEmpty ? [] : editReadings(doc)
      for (edit, reading) in zip(doc.edits, readings) {
        rows.append([
          .string(doc.id), .string(edit.versionID),
          .string(edit.paragraphLabel ?? "p\(edit.paragraphIndex)"), .string(edit.kind.rawValue),
          .string(edit.text), edit.claimID.map(Value.string) ?? .null, .int(edit.line),
          .int(edit.column),
          reading.map { ClaimColumns.cell($0.levelBefore) } ?? .null,
          reading.map { ClaimColumns.cell($0.levelAfter) } ?? .null,
          reading.map { .string($0.sourceBefore) } ?? .null,
          reading.map { .string($0.sourceAfter) } ?? .null,
          .bool(reading?.changesLevel ?? false), .bool(reading?.changesSource ?? false),
        ])
      }
    }
    return Table(columns: columns, rows: rows)
  }

  public func furnitureTable(document: String? = nil) -> Table {
    let columns = ["doc", "line", "reason", "text"].map { Column($0) }
    var rows: [[Value]] = []
    for doc in documents(document) {
      for item in doc.furniture {
        rows.append([
          .string(doc.id), .int(item.line), .string(item.reason.rawValue), .string(item.text),
        ])
      }
    }
    return Table(columns: columns, rows: rows)
  }

  private func year(_ tagged: TaggedClaim) -> Value {
    tagged.document.year.map(Value.int) ?? .null
  }
}
