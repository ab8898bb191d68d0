import Diagnostics
import Foundation
import GRDB

extension AnnotationStore {
  /// `tag CLAIM… +label… -label…`: adds and removes labels on every claim, in one transaction.
  ///
  /// ```
  /// try store.tag([claim], add: ["army-loyalty"], remove: ["purge"])
  /// // 1 claim: 1 added, 1 removed, 0 unchanged
  /// ```
  @discardableResult
  public func tag(
    _ claims: [ClaimRef], add: [String], remove: [String] = [], commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    for label in add + remove { try AnnotationValidation.label(label) }
    guard !(add.isEmpty && remove.isEmpty) else {
      throw Diagnostic(code: "annotate.no-labels", "tag needs at least one +label or -label")
    }
    if let both = add.first(where: remove.contains) {
      throw Diagnostic(code: "annotate.conflicting-labels", .conflictingLabel(both))
    }
    let claims = try validated(claims)
    let labels = add.map { "+" + $0 } + remove.map { "-" + $0 }
    let text = commandText ?? "tag \(Self.describe(claims)) \(labels.joined(separator: " "))"
    return try command(text: text, claims: claims) { db, context in
      for claim in claims {
        let anchor = Anchor(claim)
        for label in add {
          if context.state[anchor]?.tags.contains(label) == true {
            context.summary.unchanged += 1
          } else {
            try context.insert(db, anchor, .tag, field: "", value: label)
          }
        }
        for label in remove {
          try context.retract(db, at: anchor) { (r: AnnotationRecord) in
            r.anchor == anchor && r.kind == AnnotationKind.tag && r.value == label
          }
        }
      }
    }
  }

  /// `note CLAIM "text"`: sets the note of every claim; blank text clears it.
  @discardableResult
  public func note(
    _ claims: [ClaimRef], text note: String, commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    let claims = try validated(claims)
    let clear = note.allSatisfy(\.isWhitespace)
    let text = commandText ?? "note \(Self.describe(claims)) \(Self.quoted(note))"
    return try command(text: text, claims: claims) { db, context in
      for claim in claims {
        let anchor = Anchor(claim)
        if clear {
          try context.retract(db, at: anchor) { (r: AnnotationRecord) in
            r.anchor == anchor && r.kind == AnnotationKind.note
          }
        } else if context.state[anchor]?.note == note {
          context.summary.unchanged += 1
        } else {
          try context.insert(db, anchor, .note, field: "", value: note)
        }
      }
    }
  }

  /// `set CLAIM field=value`: overrides an automatic field, keeping the automatic value.
  @discardableResult
  public func set(
    _ claims: [ClaimRef], field name: String, value: String, commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    let field = try AnnotationValidation.field(name)
    try AnnotationValidation.value(value, for: field, levelScale: levelScale)
    let claims = try validated(claims)
    let text =
      commandText ?? "set \(Self.describe(claims)) \(field.rawValue)=\(Self.quoted(value))"
    return try command(text: text, claims: claims) { db, context in
      for claim in claims {
        let anchor = Anchor(claim)
        if context.state[anchor]?.overrides[field] == value {
          context.summary.unchanged += 1
        } else {
          try context.insert(db, anchor, .override, field: field.rawValue, value: value)
        }
      }
    }
  }

  /// `unset CLAIM field`: drops the override, so the automatic value shows again.
  @discardableResult
  public func unset(
    _ claims: [ClaimRef], field name: String, commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    let field = try AnnotationValidation.field(name)
    let claims = try validated(claims)
    let text = commandText ?? "unset \(Self.describe(claims)) \(field.rawValue)"
    return try command(text: text, claims: claims) { db, context in
      for claim in claims {
        let anchor = Anchor(claim)
        let fieldName = field.rawValue
        try context.retract(db, at: anchor) { (r: AnnotationRecord) in
          r.anchor == anchor && r.kind == AnnotationKind.override && r.field == fieldName
        }
      }
    }
  }

  // MARK: - Single-claim forms

  /// `tag` on one claim.
  @discardableResult
  public func tag(
    _ claim: ClaimRef, add: [String], remove: [String] = [], commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    try tag([claim], add: add, remove: remove, commandText: commandText)
  }

  /// `note` on one claim.
  @discardableResult
  public func note(
    _ claim: ClaimRef, text: String, commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    try note([claim], text: text, commandText: commandText)
  }

  /// `set` on one claim.
  @discardableResult
  public func set(
    _ claim: ClaimRef, field: String, value: String, commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    try set([claim], field: field, value: value, commandText: commandText)
  }

  /// `unset` on one claim.
  @discardableResult
  public func unset(
    _ claim: ClaimRef, field: String, commandText: String? = nil
  ) throws(Diagnostic) -> CommandSummary {
    try unset([claim], field: field, commandText: commandText)
  }

  // MARK: - Helpers

  /// Checks ids, drops repeated claims (first wins), refuses an empty list.
  func validated(_ claims: [ClaimRef]) throws(Diagnostic) -> [ClaimRef] {
    var seen: Set<String> = []
    var unique: [ClaimRef] = []
    for claim in claims {
      try AnnotationValidation.claimID(claim.id)
      if seen.insert(claim.id).inserted { unique.append(claim) }
    }
    guard !unique.isEmpty else {
      throw Diagnostic(code: "annotate.no-claims", "no claims to annotate")
    }
    return unique
  }

  static func describe(_ claims: [ClaimRef]) -> String {
    claims.count == 1 ? claims[0].id : "\(claims.count) claims"
  }

  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}

extension Diagnostic.Message {
  static func conflictingLabel(_ l: String) -> Self { "label '\(l)' is both added and removed" }
}
