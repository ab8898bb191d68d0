/// The hand annotations in effect on one claim.
public struct ClaimAnnotation: Sendable, Hashable {
  public var tags: Set<String>
  public var note: String?
  public var overrides: [OverrideField: String]

  public init(tags: Set<String> = [], note: String? = nil, overrides: [OverrideField: String] = [:])
  {
    self.tags = tags
    self.note = note
    self.overrides = overrides
  }

  /// True when the claim has no tag, note or override.
  public var isEmpty: Bool { tags.isEmpty && note == nil && overrides.isEmpty }

  /// Tags in alphabetical order, for display.
  public var sortedTags: [String] { tags.sorted() }
}

/// Hand annotations keyed by claim id, for the claims whose text still matches.
public struct ClaimAnnotations: Sendable, Hashable {
  public var byClaim: [String: ClaimAnnotation]

  public init(byClaim: [String: ClaimAnnotation] = [:]) {
    self.byClaim = byClaim
  }

  /// The annotations of `claimID`, empty when it has none.
  public subscript(claimID: String) -> ClaimAnnotation {
    byClaim[claimID] ?? ClaimAnnotation()
  }
}

/// A claim as the store sees it: its stable id and its current sentence.
public struct ClaimRef: Sendable, Hashable {
  public var id: String
  public var text: String

  public init(id: String, text: String) {
    self.id = id
    self.text = text
  }
}
