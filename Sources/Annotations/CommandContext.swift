import Diagnostics
import Foundation
import GRDB

/// The state one annotation command works on inside its transaction.
///
/// Records are indexed by anchor so each insert or retraction only re-folds its own claim:
/// a command over N claims costs O(N), not O(N²).
struct CommandContext {
  let commandID: Int64
  let author: String
  let createdAt: String
  /// The claims' annotations, kept current as the command inserts and retracts.
  private(set) var records: [AnnotationRecord]
  private(set) var state: [Anchor: ClaimAnnotation]
  private var positions: [Anchor: [Int]] = [:]
  var summary: CommandSummary

  init(
    commandID: Int64, author: String, createdAt: String, records: [AnnotationRecord],
    summary: CommandSummary
  ) {
    self.commandID = commandID
    self.author = author
    self.createdAt = createdAt
    self.records = records
    self.state = AnnotationStore.fold(records)
    self.summary = summary
    for (index, record) in records.enumerated() {
      positions[record.anchor, default: []].append(index)
    }
  }

  /// The annotations made on `anchor`, oldest first.
  func records(at anchor: Anchor) -> [AnnotationRecord] {
    (positions[anchor] ?? []).map { records[$0] }
  }

  /// Inserts one annotation for this command.
  mutating func insert(
    _ db: Database, _ anchor: Anchor, _ kind: AnnotationKind, field: String, value: String,
    author: String? = nil, createdAt: String? = nil
  ) throws {
    let author = author ?? self.author
    let createdAt = createdAt ?? self.createdAt
    let statement = try db.cachedStatement(
      sql: """
        INSERT INTO annotation
          (claim_id, text_hash, kind, field, value, author, created_at, command_id)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    try statement.execute(
      arguments: [
        anchor.claimID, anchor.textHash, kind.rawValue, field, value, author, createdAt,
        commandID,
      ])
    positions[anchor, default: []].append(records.count)
    records.append(
      AnnotationRecord(
        id: db.lastInsertedRowID, claimID: anchor.claimID, textHash: anchor.textHash, kind: kind,
        field: field, value: value, author: author, createdAt: createdAt, commandID: commandID,
        command: summary.text, status: .active))
    refresh(anchor)
    summary.added += 1
  }

  /// Retracts every live annotation on `anchor` (or anywhere, when nil) matching `predicate`;
  /// counts one removal, or one unchanged when nothing matched.
  mutating func retract(
    _ db: Database, at anchor: Anchor?, where predicate: (AnnotationRecord) -> Bool
  ) throws {
    let candidates = anchor.map { positions[$0] ?? [] } ?? Array(records.indices)
    var touched: Set<Anchor> = []
    for index in candidates where records[index].isLive && predicate(records[index]) {
      let statement = try db.cachedStatement(
        sql: "INSERT OR IGNORE INTO retraction (annotation_id, command_id) VALUES (?, ?)")
      try statement.execute(arguments: [records[index].id, commandID])
      records[index].status = .removed
      touched.insert(records[index].anchor)
    }
    if touched.isEmpty {
      summary.unchanged += 1
    } else {
      summary.removed += 1
      for anchor in touched { refresh(anchor) }
    }
  }

  /// Recomputes `replaced` marks and the folded state of one anchor.
  private mutating func refresh(_ anchor: Anchor) {
    let indices = positions[anchor] ?? []
    var local = indices.map { records[$0] }
    for i in local.indices where local[i].status == .replaced { local[i].status = .active }
    AnnotationStore.markReplaced(&local)
    for (i, index) in indices.enumerated() { records[index].status = local[i].status }
    state[anchor] = AnnotationStore.fold(local)[anchor]
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
      if let problem, problem.isError { throw problem }
      throw Self.readOnlyFile(url)
    }
    do {
      return try writer.write(body)
    } catch {
      throw Self.diagnostic(for: error, url: url)
    }
  }
}
