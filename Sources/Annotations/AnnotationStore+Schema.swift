import GRDB

extension AnnotationStore {
  /// The versioned schema. Add migrations at the end; never edit a shipped one.
  ///
  /// - `command`: one row per annotation command (`undoes` set on undo rows, `undone_by` set on
  ///   the command an undo reversed).
  /// - `annotation`: one row per tag, note or override ever made, anchored by claim id and
  ///   `TextHash` of the claim text.
  /// - `retraction`: which command removed which annotation (`tag -x`, `unset`, empty note).
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS command (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            session TEXT NOT NULL,
            text TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            undoes INTEGER REFERENCES command(id),
            undone_by INTEGER REFERENCES command(id)
          );
          CREATE INDEX IF NOT EXISTS command_session ON command(session, id);
          CREATE TABLE IF NOT EXISTS annotation (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id TEXT NOT NULL,
            text_hash TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('tag', 'note', 'override')),
            field TEXT NOT NULL DEFAULT '',
            value TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            command_id INTEGER NOT NULL REFERENCES command(id)
          );
          CREATE INDEX IF NOT EXISTS annotation_claim ON annotation(claim_id);
          CREATE INDEX IF NOT EXISTS annotation_command ON annotation(command_id);
          CREATE TABLE IF NOT EXISTS retraction (
            annotation_id INTEGER NOT NULL REFERENCES annotation(id),
            command_id INTEGER NOT NULL REFERENCES command(id),
            PRIMARY KEY (annotation_id, command_id)
          );
          CREATE INDEX IF NOT EXISTS retraction_command ON retraction(command_id);
          """)
    }
    return migrator
  }
}
