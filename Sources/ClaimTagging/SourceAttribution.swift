/// Who a claim is attributed to; `author` (with no cue) when nothing attributes it.
public struct SourceAttribution: Sendable, Hashable {
  public var name: String
  public var kind: SourceKind
  /// The phrase that attributes the claim; nil for the author, or for a claim inside a quotation
  /// attributed from another sentence (see `inherited`).
  public var cue: Match?
  /// True when `tagDocument` carried the attribution over from a quotation's citation or
  /// introduction in another sentence.
  public var inherited: Bool

  public init(name: String, kind: SourceKind, cue: Match? = nil, inherited: Bool = false) {
    self.name = name
    self.kind = kind
    self.cue = cue
    self.inherited = inherited
  }

  /// The writer of the document.
  public static let author = SourceAttribution(name: "author", kind: .author)
}
