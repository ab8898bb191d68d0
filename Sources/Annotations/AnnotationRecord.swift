import TableModel

/// One stored annotation with its provenance: a row of the `annotations` table.
public struct AnnotationRecord: Sendable, Hashable {
  public var id: Int64
  public var claimID: String
  /// `TextHash` of the claim text when the annotation was made.
  public var textHash: String
  public var kind: AnnotationKind
  /// The overridden field for overrides; empty for tags and notes.
  public var field: String
  /// The label, the note text or the override value.
  public var value: String
  public var author: String
  /// ISO 8601 UTC, e.g. `2026-11-25T18:43:51Z`.
  public var createdAt: String
  public var commandID: Int64
  /// The command line that made it, e.g. `tag 1957-cia/b/4.2 +army-loyalty`.
  public var command: String
  public var status: AnnotationStatus

  /// The columns of `annotations` in the shell and in CSV exports, in order.
  public static let columns = [
    "id", "claim", "kind", "field", "value", "author", "at", "command", "status", "text_hash",
  ]

  /// The record as table cells, in `columns` order.
  public var cells: [Value] {
    [
      .int(Int(id)), .string(claimID), .string(kind.rawValue),
      field.isEmpty ? .null : .string(field),
      .string(value), .string(author), .string(createdAt), .string(command),
      .string(status.rawValue), .string(textHash),
    ]
  }

  /// Records as a table for the shell's `annotations` command and for export.
  public static func table(_ records: [AnnotationRecord]) -> Table {
    Table(columns: columns.map { Column($0) }, rows: records.map(\.cells))
  }
}

/// What one annotation command did.
public struct CommandSummary: Sendable, Hashable, CustomStringConvertible {
  /// The `command` row recorded for it (the undo's own row for `undo`).
  public var commandID: Int64
  /// The command line recorded.
  public var text: String
  /// Claims the command was applied to.
  public var claims: Int
  /// Annotations created.
  public var added: Int
  /// Annotations retracted.
  public var removed: Int
  /// Requested changes already in effect (e.g. adding a tag a claim already has).
  public var unchanged: Int

  public init(
    commandID: Int64, text: String, claims: Int, added: Int, removed: Int, unchanged: Int
  ) {
    self.commandID = commandID
    self.text = text
    self.claims = claims
    self.added = added
    self.removed = removed
    self.unchanged = unchanged
  }

  /// `3 claims: 3 added, 0 removed, 1 unchanged`.
  public var description: String {
    "\(claims) claim\(claims == 1 ? "" : "s"): \(added) added, \(removed) removed, "
      + "\(unchanged) unchanged"
  }
}
