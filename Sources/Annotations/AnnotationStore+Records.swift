import Foundation
import GRDB

/// A claim id with the hash of the text an annotation was made on.
struct Anchor: Hashable {
  var claimID: String
  var textHash: String

  init(claimID: String, textHash: String) {
    self.claimID = claimID
    self.textHash = textHash
  }

  init(_ claim: ClaimRef) {
    self.init(claimID: claim.id, textHash: TextHash.of(claim.text))
  }
}

extension AnnotationRecord {
  var anchor: Anchor { Anchor(claimID: claimID, textHash: textHash) }
  /// Not undone and not removed (it may still be shadowed by a newer note or override).
  var isLive: Bool { status == .active || status == .replaced }
}

extension AnnotationStore {
  /// Every annotation in id order with its status (never `.orphaned`: that needs the corpus).
  ///
  /// With `claimIDs`, only the annotations of those claims. A file not yet migrated (its
  /// creator was killed first, or it is opened read-only before any writer) has none.
  static func loadRecords(_ db: Database, claimIDs: [String]? = nil) throws -> [AnnotationRecord] {
    guard try db.tableExists("annotation") else { return [] }
    var sql = """
      SELECT a.id, a.claim_id, a.text_hash, a.kind, a.field, a.value, a.author, a.created_at,
        a.command_id, c.text AS command, c.undone_by IS NOT NULL AS undone,
        EXISTS (SELECT 1 FROM retraction r JOIN command rc ON rc.id = r.command_id
                WHERE r.annotation_id = a.id AND rc.undone_by IS NULL) AS removed
      FROM annotation a JOIN command c ON c.id = a.command_id
      """
    var arguments = StatementArguments()
    if let claimIDs {
      let json = String(decoding: try JSONEncoder().encode(claimIDs), as: UTF8.self)
      sql += " WHERE a.claim_id IN (SELECT value FROM json_each(?))"
      arguments = [json]
    }
    sql += " ORDER BY a.id"
    var records = try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
      let undone: Bool = row["undone"]
      let removed: Bool = row["removed"]
      return AnnotationRecord(
        id: row["id"], claimID: row["claim_id"], textHash: row["text_hash"],
        kind: AnnotationKind(rawValue: row["kind"]) ?? .tag, field: row["field"],
        value: row["value"], author: row["author"], createdAt: row["created_at"],
        commandID: row["command_id"], command: row["command"],
        status: undone ? .undone : removed ? .removed : .active)
    }
    markReplaced(&records)
    return records
  }

  /// Marks live notes and overrides shadowed by a newer live one on the same anchor and field.
  static func markReplaced(_ records: inout [AnnotationRecord]) {
    var newest: Set<[String]> = []
    for index in records.indices.reversed() where records[index].isLive {
      let record = records[index]
      guard record.kind != .tag else { continue }
      let key = [record.claimID, record.textHash, record.kind.rawValue, record.field]
      if !newest.insert(key).inserted { records[index].status = .replaced }
    }
  }

  /// The effect of the active records, per anchor.
  static func fold(_ records: [AnnotationRecord]) -> [Anchor: ClaimAnnotation] {
    var state: [Anchor: ClaimAnnotation] = [:]
    for record in records where record.status == .active {
      var annotation = state[record.anchor] ?? ClaimAnnotation()
      switch record.kind {
      case .tag: annotation.tags.insert(record.value)
      case .note: annotation.note = record.value
      case .override:
        if let field = OverrideField(rawValue: record.field) {
          annotation.overrides[field] = record.value
        }
      }
      state[record.anchor] = annotation
    }
    return state
  }
}
