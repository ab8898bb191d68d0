/// A word of at most 16 bytes packed into two integers, so hot loops can look a word up in a
/// small fixed list (abbreviations, classification banners) without building a `String`.
struct ShortWord: Comparable {
  static let capacity = 16
  private(set) var low: UInt64 = 0
  private(set) var high: UInt64 = 0
  private(set) var count = 0

  init() {}

  /// The bytes of `text` (nil when longer than `capacity`).
  init?(_ text: String) {
    for b in text.utf8 {
      guard append(b) else { return nil }
    }
  }

  /// Adds one byte; false (and no change) when the word is full.
  @inline(__always) mutating func append(_ b: UInt8) -> Bool {
    guard count < Self.capacity else { return false }
    if count < 8 {
      low |= UInt64(b) << UInt64(8 * count)
    } else {
      high |= UInt64(b) << UInt64(8 * (count - 8))
    }
    count += 1
    return true
  }

  static func < (a: ShortWord, b: ShortWord) -> Bool {
    (a.count, a.high, a.low) < (b.count, b.high, b.low)
  }
}

/// A fixed list of short words, sorted once, searched by bisection (no hashing).
struct ShortWordSet {
  private let sorted: [ShortWord]

  /// Words longer than `ShortWord.capacity` cannot be stored; the caller passes none.
  init(_ words: some Sequence<String>) {
    sorted = words.compactMap(ShortWord.init).sorted()
  }

  func contains(_ word: ShortWord) -> Bool {
    var lo = 0
    var hi = sorted.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if sorted[mid] < word { lo = mid + 1 } else { hi = mid }
    }
    return lo < sorted.count && sorted[lo] == word
  }
}
