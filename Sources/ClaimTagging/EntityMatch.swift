/// Whether an entity is a person, a body or a place.
public enum EntityType: String, Sendable, CaseIterable {
  case person, body, place
}

/// A named entity, by its canonical name ("Ezhov" for Yezhov, "MVD" for M.V.D.).
public struct EntityMatch: Sendable, Hashable {
  public var name: String
  public var type: EntityType
  public var match: Match

  public init(name: String, type: EntityType, match: Match) {
    self.name = name
    self.type = type
    self.match = match
  }
}
