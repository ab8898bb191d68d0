import Diagnostics
import Foundation
import GRDB

/// The state one annotation command works on inside its transaction.
struct CommandContext {
  let commandID: Int64
  let author: String
  let createdAt: String
  /// The claims' annotations, kept current as the command inserts and retracts.
  var records: [AnnotationRecord]
  var state: [Anchor: ClaimAnnotation]
  var summary: CommandSummary

  /// Inserts one annotation for this command.
  mutating func insert(
    _ db: Database, _ anchor: Anchor, _ kind: AnnotationKind, field: String, value: String,
    author: String? = nil, createdAt: String? = nil
  ) throws {
    let author = author ?? self.author
    let createdAt = createdAt ?? self.createdAt
    try db.execute(
      sql: """
        INSERT INTO annotation
          (claim_id, text_hash, kind, field, value, author, created_at, command_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        anchor.claimID, anchor.textHash, kind.rawValue, field, value, author, createdAt,
        commandID,
      ])
    records.append(
      AnnotationRecord(
        id: db.lastInsertedRowID, claimID: anchor.claimID, textHash: anchor.textHash, kind: kind,
        field: field, value: value, author: author, createdAt: createdAt, commandID: commandID,
        command: summary.text, status: .active))
    refresh()
    summary.added += 1
  }

  /// Retracts every live annotation matching `predicate`; counts one removal, or one unchanged.
  mutating func retract(_ db: Database, where predicate: (AnnotationRecord) -> Bool) throws {
    var count = 0
    for index in records.indices where records[index].isLive && predicate(records[index]) {
      try db.execute(
        sql: "INSERT OR IGNORE INTO retraction (annotation_id, command_id) VALUES (?, ?)",
        arguments: [records[index].id, commandID])
      records[index].status = .removed
      count += 1
    }
    if count == 0 {
      summary.unchanged += 1
    } else {
      summary.removed += 1
      refresh()
    }
  }

  private mutating func refresh() {
    for index in records.indices where records[index].status == .replaced {
      records[index].status = .active
    }
    AnnotationStore.markReplaced(&records)
    state = AnnotationStore.fold(records)
  }
}

extension AnnotationStore {
  /// Records a command and runs `body` in the same transaction: all of it is saved, or none.
  func command(
    text: String, claims: [ClaimRef]?,
    _ body: (Database, inout CommandContext) throws -> Void
  ) throws(Diagnostic) -> CommandSummary {
    try write { db in
      let createdAt = timestamp()
      let commandID = try Self.insertCommand(
        db, session: session, text: text, author: author, createdAt: createdAt)
      let records = try Self.loadRecords(db, claimIDs: claims?.map(\.id))
      var context = CommandContext(
        commandID: commandID, author: author, createdAt: createdAt, records: records,
        state: Self.fold(records),
        summary: CommandSummary(
          commandID: commandID, text: text, claims: claims?.count ?? 0, added: 0, removed: 0,
          unchanged: 0))
      try body(db, &context)
      return context.summary
    }
  }

  static func insertCommand(
    _ db: Database, session: String, text: String, author: String, createdAt: String,
    undoes: Int64? = nil
  ) throws -> Int64 {
    try db.execute(
      sql: "INSERT INTO command (session, text, author, created_at, undoes) VALUES (?, ?, ?, ?, ?)",
      arguments: [session, text, author, createdAt, undoes])
    return db.lastInsertedRowID
  }

  /// Runs `body` in one write transaction, mapping failures to `annotate.*`.
  func write<T>(_ body: (Database) throws -> T) throws(Diagnostic) -> T {
    guard access == .readWrite, let writer else {
      throw problem ?? Self.readOnlyFile(url)
    }
    do {
      return try writer.write(body)
    } catch {
      throw Self.diagnostic(for: error, url: url)
    }
  }
}
