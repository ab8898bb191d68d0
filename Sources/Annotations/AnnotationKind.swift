/// What a hand annotation says about a claim.
public enum AnnotationKind: String, Sendable, Hashable, CaseIterable {
  /// A label such as `army-loyalty`; a claim carries a set of them.
  case tag
  /// Free text; the newest live note is the claim's note.
  case note
  /// A hand value for an automatic field, kept beside the automatic one.
  case override
}

/// An automatic claim field an analyst may override with `set CLAIM field=value`.
public enum OverrideField: String, Sendable, Hashable, CaseIterable {
  case level
  case source
  case sourceKind = "source_kind"
}

/// Where an annotation stands now.
public enum AnnotationStatus: String, Sendable, Hashable {
  /// In effect on its claim.
  case active
  /// A newer note or override on the same claim and field shadows it.
  case replaced
  /// A later command removed it (`tag -x`, `unset`, an empty note).
  case removed
  /// Its command was reversed by `undo`.
  case undone
  /// Live, but its claim id no longer exists or the claim's text changed since.
  case orphaned
}
