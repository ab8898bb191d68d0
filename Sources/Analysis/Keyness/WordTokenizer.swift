/// Splits text into lower-case words: runs of letters, with apostrophes kept inside a word
/// (`khrushchev's`, `don't`) but not at its edges. Digits and punctuation separate words.
public enum WordTokenizer {
  public static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var pendingApostrophe = false
    for ch in text.lowercased() {
      if ch.isLetter {
        if pendingApostrophe { current.append("'") }
        pendingApostrophe = false
        current.append(ch)
      } else if (ch == "'" || ch == "’") && !current.isEmpty && !pendingApostrophe {
        pendingApostrophe = true
      } else {
        if !current.isEmpty { words.append(current) }
        current = ""
        pendingApostrophe = false
      }
    }
    if !current.isEmpty { words.append(current) }
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
