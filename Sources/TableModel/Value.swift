/// One cell of a table: what pipelines filter, sort, group and export.
public enum Value: Sendable, Hashable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  /// A value on an ordered scale, such as a confidence level; `rank` is nil off the scale.
  case ordinal(Ordinal)
  case list([Value])

  /// The text a table cell or CSV field shows; lists are joined with `; `.
  public var displayText: String {
    switch self {
    case .null: ""
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .double(let d): Value.format(d)
    case .string(let s): s
    case .ordinal(let o): o.name
    case .list(let items): items.map(\.displayText).joined(separator: "; ")
    }
  }

  private static func format(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e15 { return String(Int(d)) }
    let rounded = (d * 1000).rounded() / 1000
    return String(rounded)
  }
}

/// A named point on an ordered scale. Two ordinals compare by rank; unranked ones do not order.
public struct Ordinal: Sendable, Hashable {
  public var name: String
  public var rank: Int?

  public init(name: String, rank: Int?) {
    self.name = name
    self.rank = rank
  }
}
