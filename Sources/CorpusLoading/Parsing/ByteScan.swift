/// Word-at-a-time searches over UTF-8 bytes, for the scans that visit every byte of the corpus.
///
/// Eight bytes are tested at once (SWAR: a byte equals `v` when `word ^ v` has a zero byte), so
/// long stretches without a byte of interest cost about one operation per byte, not a branch.
enum ByteScan {
  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Nonzero when some byte of `word` is zero (exact test; no false positives for "any").
  @inline(__always) private static func zeroByte(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & highs
  }

  /// Nonzero when some byte of `word` is `.`, `?`, `!` or 0xE2 (the lead byte of `…`).
  @inline(__always) private static func hasSentenceEndByte(_ word: UInt64) -> Bool {
    let hits =
      zeroByte(word ^ (ones &* 0x2E)) | zeroByte(word ^ (ones &* 0x3F))
      | zeroByte(word ^ (ones &* 0x21)) | zeroByte(word ^ (ones &* 0xE2))
    return hits != 0
  }

  /// The first index at or after `from` holding `.`, `?`, `!` or 0xE2, or `t.count`.
  static func nextSentenceEndCandidate(_ t: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
    var i = from
    let n = t.count
    if let base = t.baseAddress {
      while i + 8 <= n {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if hasSentenceEndByte(word) { break }
        i += 8
      }
    }
    while i < n {
      let b = t[i]
      if b == 0x2E || b == 0x3F || b == 0x21 || b == 0xE2 { return i }
      i += 1
    }
    return n
  }

  /// True when some byte is `~`, `^` or `*` (draft markup may be present).
  static func containsMarkupByte(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = t.count
    if let base = t.baseAddress {
      while i + 8 <= n {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        let hits =
          zeroByte(word ^ (ones &* 0x7E)) | zeroByte(word ^ (ones &* 0x5E))
          | zeroByte(word ^ (ones &* 0x2A))
        if hits != 0 { return true }
        i += 8
      }
    }
    while i < n {
      let b = t[i]
      if b == 0x7E || b == 0x5E || b == 0x2A { return true }
      i += 1
    }
    return false
  }
}
