/// Splits text into sentences by a byte scan, returning byte ranges.
///
/// ```
/// "He left, i.e., he fled. L.P. Beria stayed."     -> ["He left, i.e., he fled.", "L.P. Beria stayed."]
/// "It was \"thrashed out.\" This item ..."         -> ["It was \"thrashed out.\"", "This item ..."]
/// "... crimes. (We presume this.) The opposition"  -> three sentences
/// "in 1948-9 and 60% of 110 200 roubles."          -> one sentence
/// ```
enum SentenceSplitter {
  /// Words after which a period never ends a sentence (compared lower-case, inner dots kept).
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "vol", "pp", "p", "cf", "vs", "gen", "col", "lt",
    "capt", "sgt", "maj", "prof", "jr", "sr", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "viz", "approx", "ca", "fig", "sec",
    "art", "op", "ibid", "ch", "ed", "eds", "rev", "hon", "gov", "sen", "rep", "dept", "esp",
    "messrs", "mme", "mlle", "adm", "brig", "cmdr", "pres", "supt",
  ]

  static func split(_ text: [UInt8]) -> [Range<Int>] {
    text.withUnsafeBufferPointer { split(buffer: $0) }
  }

  static func split(buffer t: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    let n = t.count
    var ranges: [Range<Int>] = []
    var start = 0
    while start < n, ByteText.isSpace(t[start]) { start += 1 }
    var i = start
    while i < n {
      i = ByteScan.nextSentenceEndCandidate(t, from: i)
      guard i < n else { break }
      let b = t[i]
      var j: Int
      if b == 0x2E || b == 0x3F || b == 0x21 {
        j = i + 1
      } else if b == 0xE2, i + 2 < n, t[i + 1] == 0x80, t[i + 2] == 0xA6 {
        j = i + 3
      } else {
        i += 1
        continue
      }
      j = skipClosers(t, j)
      guard j < n else { break }
      guard ByteText.isSpace(t[j]) else {
        i = j
        continue
      }
      var k = j
      while k < n, ByteText.isSpace(t[k]) { k += 1 }
      guard k < n else { break }
      if isBoundary(t, terminator: i, closersEnd: j, next: k), hasLetter(t, start..<i) {
        ranges.append(start..<j)
        start = k
      }
      i = k
    }
    var end = n
    while end > start, ByteText.isSpace(t[end - 1]) { end -= 1 }
    if end > start { ranges.append(start..<end) }
    return ranges
  }

  /// A sentence needs a letter: `116. The following ...` stays one sentence.
  private static func hasLetter(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
    for p in r where ByteText.isLetter(t[p]) || t[p] >= 0xC0 { return true }
    return false
  }

  /// Skips further `.?!` and closing quotes or brackets after a sentence end.
  private static func skipClosers(_ t: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int {
    var j = from
    let n = t.count
    while j < n {
      let c = t[j]
      if c == 0x2E || c == 0x3F || c == 0x21 || c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
        j += 1
      } else if c == 0xE2, j + 2 < n, t[j + 1] == 0x80,
        t[j + 2] == 0x9D || t[j + 2] == 0x99 || t[j + 2] == 0x9C || t[j + 2] == 0xA6
      {
        j += 3
      } else {
        break
      }
    }
    return j
  }

  private static func isBoundary(
    _ t: UnsafeBufferPointer<UInt8>, terminator i: Int, closersEnd j: Int, next k: Int
  ) -> Bool {
    let c = t[k]
    if ByteText.isLower(c) { return false }
    if c == 0x28 { return parenthesisHoldsSentence(t, k) }
    let opensSentence =
      ByteText.isUpper(c) || ByteText.isDigit(c) || c == 0x22 || c == 0x27 || c == 0x5B
      || c >= 0x80
    guard opensSentence else { return false }
    guard t[i] == 0x2E, j == i + 1 else { return true }
    return !isAbbreviation(t, period: i)
  }

  /// True when the word before the period is an abbreviation or an initial.
  private static func isAbbreviation(_ t: UnsafeBufferPointer<UInt8>, period i: Int) -> Bool {
    var s = i
    while s > 0, !ByteText.isSpace(t[s - 1]) { s -= 1 }
    while s < i, !ByteText.isAlnum(t[s]) { s += 1 }
    guard s < i else { return false }
    let last = t[i - 1]
    guard ByteText.isLetter(last) else { return false }
    if i - 1 == s || t[i - 2] == 0x2E { return true }
    var word = ShortWord()
    for p in s..<i {
      guard word.append(ByteText.lower(t[p])) else { return false }  // longer than any abbreviation
    }
    return abbreviationWords.contains(word)
  }

  /// `abbreviations` packed for look-ups without building a String per period.
  private static let abbreviationWords = ShortWordSet(abbreviations)

  /// `(We presume ... opposition.)` is a sentence (as is a parenthesis holding several);
  /// `(New York Times, 1957)` is not.
  private static func parenthesisHoldsSentence(_ t: UnsafeBufferPointer<UInt8>, _ open: Int)
    -> Bool
  {
    var depth = 0
    var p = open
    let limit = min(t.count, open + 2000)
    while p < limit {
      if t[p] == 0x28 { depth += 1 }
      if t[p] == 0x29 {
        depth -= 1
        if depth == 0 { break }
      }
      p += 1
    }
    guard p < limit else { return false }
    var r = open + 1
    while r + 2 < p {
      if t[r] == 0x2E, t[r + 1] == 0x20, ByteText.isUpper(t[r + 2]) { return true }
      r += 1
    }
    var q = p - 1
    while q > open, t[q] == 0x22 || t[q] == 0x27 || t[q] == 0x20 || t[q] >= 0x80 { q -= 1 }
    return t[q] == 0x2E || t[q] == 0x3F || t[q] == 0x21
  }
}
