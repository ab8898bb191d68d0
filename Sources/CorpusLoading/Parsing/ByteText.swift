/// Small byte-level predicates and helpers over UTF-8 text. ASCII decisions only: any byte
/// at or above 0x80 belongs to a multi-byte scalar and is treated as "other".
enum ByteText {
  static let space: UInt8 = 0x20
  static let tab: UInt8 = 0x09

  @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B
  }
  @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
  @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
  @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
  @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || isDigit(b) }

  /// The slice without leading and trailing ASCII whitespace or no-break spaces (U+00A0).
  static func trim(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var lo = s.startIndex
    var hi = s.endIndex
    while lo < hi {
      if isSpace(s[lo]) {
        lo += 1
      } else if s[lo] == 0xC2, lo + 1 < hi, s[lo + 1] == 0xA0 {
        lo += 2
      } else {
        break
      }
    }
    while hi > lo {
      if isSpace(s[hi - 1]) {
        hi -= 1
      } else if hi - 2 >= lo, s[hi - 2] == 0xC2, s[hi - 1] == 0xA0 {
        hi -= 2
      } else {
        break
      }
    }
    return s[lo..<hi]
  }

  /// Decodes bytes that are already valid UTF-8 (or were repaired) into a String.
  static func string(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self) }

  /// Whitespace-separated words of the slice (as slices, no copies).
  static func words(_ s: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = []
    var i = s.startIndex
    while i < s.endIndex {
      while i < s.endIndex, isSpace(s[i]) { i += 1 }
      let start = i
      while i < s.endIndex, !isSpace(s[i]) { i += 1 }
      if i > start { result.append(s[start..<i]) }
    }
    return result
  }

  /// Number of whitespace-separated words, as `words(s).count` but without building the list.
  static func wordCount(_ s: ArraySlice<UInt8>) -> Int {
    var count = 0
    var inWord = false
    for b in s {
      let space = isSpace(b)
      if !space, !inWord { count += 1 }
      inWord = !space
    }
    return count
  }

  /// True when the slice starts with the given ASCII text.
  static func hasPrefix(_ s: ArraySlice<UInt8>, _ prefix: String) -> Bool {
    var i = s.startIndex
    for b in prefix.utf8 {
      guard i < s.endIndex, s[i] == b else { return false }
      i += 1
    }
    return true
  }

  /// Case-insensitive ASCII prefix test.
  static func hasPrefixIgnoringCase(_ s: ArraySlice<UInt8>, _ prefix: String) -> Bool {
    var i = s.startIndex
    for b in prefix.utf8 {
      guard i < s.endIndex, lower(s[i]) == lower(b) else { return false }
      i += 1
    }
    return true
  }

  @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

  /// The word lowercased as an ASCII string, with trailing punctuation removed.
  static func bareLowerWord(_ w: ArraySlice<UInt8>) -> String {
    var end = w.endIndex
    while end > w.startIndex, !isAlnum(w[end - 1]), w[end - 1] < 0x80 { end -= 1 }
    return String(decoding: w[w.startIndex..<end].map(lower), as: UTF8.self)
  }

  /// Number of Unicode scalars in valid UTF-8 bytes (counts non-continuation bytes).
  static func scalarCount(_ s: ArraySlice<UInt8>) -> Int {
    var n = 0
    for b in s where b & 0xC0 != 0x80 { n += 1 }
    return n
  }
}
