/// Splits text into lower-case words: runs of letters, with apostrophes kept inside a word
/// (`khrushchev's`, `don't`) but not at its edges, and dotted initials kept whole
/// (`M.V.D.` → `m.v.d`, `i.e.` → `i.e`). Digits and other punctuation separate words.
public enum WordTokenizer {
  public static func words(_ text: String) -> [String] {
    let chars = Array(text.lowercased())
    var words: [String] = []
    var current = ""
    var segment = 0
    var k = 0
    func flush() {
      if !current.isEmpty { words.append(current) }
      current = ""
      segment = 0
    }
    while k < chars.count {
      let ch = chars[k]
      let nextIsLetter = k + 1 < chars.count && chars[k + 1].isLetter
      if ch.isLetter {
        current.append(ch)
        segment += 1
      } else if ch == "'" || ch == "’", !current.isEmpty, nextIsLetter {
        current.append("'")
      } else if ch == ".", segment == 1, nextIsLetter,
        k + 2 >= chars.count || !chars[k + 2].isLetter
      {
        current.append(".")
        segment = 0
      } else {
        flush()
      }
      k += 1
    }
    flush()
    return words
  }

  /// A small list of English function words, skipped by `keyness --stop` (off by default, as
  /// in AntConc, since function words such as `we` or `would` can carry a writer's stance).
  public static let stopWords: Set<String> = [
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "he", "his", "in", "is", "it", "its", "of", "on", "or", "that", "the", "their", "they",
    "this", "to", "was", "were", "which", "who", "with",
  ]
}
