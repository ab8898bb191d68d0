/// The controlled topic vocabulary.
public enum Topic: String, Sendable, CaseIterable {
  case powerStruggle = "power-struggle"
  case purge
  case policyChange = "policy-change"
  case foreignPolicy = "foreign-policy"
  case military
  case securityPolice = "security-police"
  case economy
  case ideology
  case publicMood = "public-mood"
  case satellites
}

/// A topic with the keyword match that first signalled it.
public struct TopicMatch: Sendable, Hashable {
  public var topic: Topic
  public var match: Match

  public init(topic: Topic, match: Match) {
    self.topic = topic
    self.match = match
  }
}
