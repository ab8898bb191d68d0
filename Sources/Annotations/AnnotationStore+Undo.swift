import Diagnostics
import GRDB

extension AnnotationStore {
  /// `undo`: reverses the newest command of `session` (this store's by default) not yet undone.
  ///
  /// The undo is itself a command row (`undoes` = the reversed one); the reversed command gets
  /// `undone_by`, which turns off its annotations and its retractions. Nothing is deleted.
  /// Undo does not undo an undo. The summary counts the reversed command's annotations as
  /// removed and its retractions (now lifted) as added.
  @discardableResult
  public func undo(session: String? = nil) throws(Diagnostic) -> CommandSummary {
    let session = session ?? self.session
    return try write { db in
      let target = try Row.fetchOne(
        db,
        sql: """
          SELECT id, text FROM command
          WHERE session = ? AND undoes IS NULL AND undone_by IS NULL
          ORDER BY id DESC LIMIT 1
          """, arguments: [session])
      guard let target else {
        throw Diagnostic(code: "annotate.nothing-to-undo", "nothing to undo in this session")
      }
      let targetID: Int64 = target["id"]
      let targetText: String = target["text"]
      let text = "undo \(targetText)"
      let undoID = try Self.insertCommand(
        db, session: session, text: text, author: author, createdAt: timestamp(),
        undoes: targetID)
      try db.execute(
        sql: "UPDATE command SET undone_by = ? WHERE id = ?", arguments: [undoID, targetID])
      let made =
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM annotation WHERE command_id = ?", arguments: [targetID])
        ?? 0
      let retracted =
        try Int.fetchOne(
          db, sql: "SELECT COUNT(*) FROM retraction WHERE command_id = ?", arguments: [targetID])
        ?? 0
      let claims =
        try Int.fetchOne(
          db,
          sql: """
            SELECT COUNT(DISTINCT claim_id) FROM (
              SELECT claim_id FROM annotation WHERE command_id = ?1
              UNION SELECT a.claim_id FROM retraction r JOIN annotation a ON a.id = r.annotation_id
                WHERE r.command_id = ?1)
            """, arguments: [targetID]) ?? 0
      return CommandSummary(
        commandID: undoID, text: text, claims: claims, added: retracted, removed: made,
        unchanged: 0)
    }
  }
}
