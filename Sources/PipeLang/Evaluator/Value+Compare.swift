import TableModel

extension Value {
  /// The scale rank of an ordinal cell; nil for off-scale ordinals and other kinds.
  @inline(__always)
  public var rank: Int? {
    if case .ordinal(let o) = self { return o.rank }
    return nil
  }

  /// Three-way order of two cells, or nil when they do not order (off-scale ordinals, mixed kinds).
  ///
  /// Numbers compare numerically, strings by code points, ordinals by rank, nulls sort equal.
  @inline(__always)
  public static func order(_ a: Value, _ b: Value) -> Int? {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.int(let x), .double(let y)): return order(Double(x), y)
    case (.double(let x), .int(let y)): return order(x, Double(y))
    case (.double(let x), .double(let y)): return order(x, y)
    case (.string(let x), .string(let y)): return x < y ? -1 : (x == y ? 0 : 1)
    case (.ordinal(let x), .ordinal(let y)):
      guard let r = x.rank, let s = y.rank else { return nil }
      return r < s ? -1 : (r == s ? 0 : 1)
    case (.bool(let x), .bool(let y)): return x == y ? 0 : (x ? 1 : -1)
    case (.null, .null): return 0
    default: return nil
    }
  }

  @inline(__always)
  static func order(_ x: Double, _ y: Double) -> Int? {
    x < y ? -1 : (x == y ? 0 : (x > y ? 1 : nil))
  }

  /// Equality as `==` sees it: ordered-equal, or the same shown text (so `level == possible`).
  public static func loosely(_ a: Value, equals b: Value) -> Bool {
    if let o = order(a, b) { return o == 0 }
    switch (a, b) {
    case (.null, _), (_, .null): return false
    case (.list(let x), .list(let y)): return x == y
    case (.list, _), (_, .list): return false
    default: return a.displayText == b.displayText
    }
  }

  /// True for `where COLUMN` alone: non-null, non-empty, non-zero, not false.
  public var isTruthy: Bool {
    switch self {
    case .null: false
    case .bool(let b): b
    case .int(let i): i != 0
    case .double(let d): d != 0
    case .string(let s): !s.isEmpty
    case .ordinal: true
    case .list(let l): !l.isEmpty
    }
  }

  /// Sorting order: like `order`, with values that do not order (off-scale, blank) placed after
  /// those that do in either direction.
  static func sortOrder(_ a: Value, _ b: Value, descending: Bool = false) -> Int {
    let ra = sortBucket(a)
    let rb = sortBucket(b)
    if ra != rb { return ra < rb ? -1 : 1 }
    let o: Int
    if let ordered = order(a, b) {
      o = ordered
    } else {
      let (x, y) = (a.displayText, b.displayText)
      o = x < y ? -1 : (x == y ? 0 : 1)
    }
    return descending ? -o : o
  }

  private static func sortBucket(_ v: Value) -> Int {
    switch v {
    case .int, .double: 0
    case .ordinal(let o): o.rank == nil ? 2 : 0
    case .string, .bool: 1
    case .list: 3
    case .null: 4
    }
  }
}
