/// How good the writer says the evidence behind a claim is (analytic confidence), apart from
/// how likely the claim is.
public enum Basis: String, Sendable, CaseIterable, Codable {
  case weak, moderate, strong, unstated
}
