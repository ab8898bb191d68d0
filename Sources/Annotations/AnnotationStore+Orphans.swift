import Diagnostics
import GRDB

extension AnnotationStore {
  /// Retracts annotations by id (e.g. orphans the analyst no longer wants), as one command.
  ///
  /// An unknown id aborts the command with `annotate.unknown-annotation`; an id already removed
  /// or undone counts as unchanged.
  @discardableResult
  public func retract(_ ids: [Int64], commandText: String? = nil) throws(Diagnostic)
    -> CommandSummary
  {
    let text = commandText ?? "retract " + ids.map(String.init).joined(separator: " ")
    return try command(text: text, claims: nil) { db, context in
      try Self.requireKnown(ids, in: context.records)
      for id in ids {
        try context.retract(db, at: nil) { (r: AnnotationRecord) in r.id == id }
      }
      context.summary.claims =
        Set(context.records.filter { ids.contains($0.id) }.map(\.claimID))
        .count
    }
  }

  /// Moves annotations onto `claim` as it reads now: each live one is copied to the claim's
  /// current anchor (keeping its author and time) and the original is retracted, in one command.
  ///
  /// This is how an analyst resolves an orphan after checking that the edited sentence still
  /// says what the note was about. Undo puts them back.
  @discardableResult
  public func reattach(
    _ ids: [Int64], to claim: ClaimRef, commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    let claim = try validated([claim])[0]
    let text =
      commandText ?? "reattach " + ids.map(String.init).joined(separator: " ") + " to \(claim.id)"
    return try command(text: text, claims: nil) { db, context in
      try Self.requireKnown(ids, in: context.records)
      let anchor = Anchor(claim)
      for id in ids {
        guard let record = context.records.first(where: { $0.id == id }), record.isLive,
          record.anchor != anchor
        else {
          context.summary.unchanged += 1
          continue
        }
        try context.insert(
          db, anchor, record.kind, field: record.field, value: record.value,
          author: record.author, createdAt: record.createdAt)
        try context.retract(db, at: nil) { (r: AnnotationRecord) in r.id == id }
      }
      context.summary.claims = 1
    }
  }

  static func requireKnown(_ ids: [Int64], in records: [AnnotationRecord]) throws(Diagnostic) {
    let known = Set(records.map(\.id))
    if let unknown = ids.first(where: { !known.contains($0) }) {
      throw Diagnostic(code: "annotate.unknown-annotation", .unknownAnnotation(unknown))
    }
    if ids.isEmpty {
      throw Diagnostic(code: "annotate.no-annotations", "no annotation ids given")
    }
  }
}

extension Diagnostic.Message {
  static func unknownAnnotation(_ id: Int64) -> Self { "no annotation with id \(id)" }
}
