import ClaimTable

/// One keyword: its counts and rates in the target and the reference, and its G².
public struct KeyItem: Sendable, Hashable {
  public var item: String
  public var targetCount: Int
  public var referenceCount: Int
  /// Occurrences per 1,000 words.
  public var targetPerThousand: Double
  public var referencePerThousand: Double
  public var g2: Double
  /// True for over-use in the target (`+`), false for under-use (`−`).
  public var overUsed: Bool

  public var direction: String { overUsed ? "+" : "−" }
}

/// Keywords and key confidence cues of a part of the corpus against the rest.
public struct KeynessResult: Sendable {
  public var targetWords: Int
  public var referenceWords: Int
  /// All words, highest G² first.
  public var words: [KeyItem]
  /// All confidence-cue phrases, highest G² first, rates per 1,000 words of text.
  public var cues: [KeyItem]
}

public enum Keyness {
  /// Compares `target` claims with `reference` claims. Words come from `WordTokenizer`;
  /// `stopWords` are skipped (and not counted in the totals). Cues are the tagger's confidence
  /// cues, lower-cased. Ties in G² go alphabetically.
  public static func compute(
    target: [TaggedClaim], reference: [TaggedClaim], stopWords: Set<String> = []
  ) -> KeynessResult {
    var targetWords: [String: Int] = [:]
    var referenceWords: [String: Int] = [:]
    var targetCues: [String: Int] = [:]
    var referenceCues: [String: Int] = [:]
    var c = 0
    var d = 0
    for claim in target {
      for word in WordTokenizer.words(claim.claim.text) where !stopWords.contains(word) {
        targetWords[word, default: 0] += 1
        c += 1
      }
      for cue in claim.tags.cues { targetCues[cue.match.text.lowercased(), default: 0] += 1 }
    }
    for claim in reference {
      for word in WordTokenizer.words(claim.claim.text) where !stopWords.contains(word) {
        referenceWords[word, default: 0] += 1
        d += 1
      }
      for cue in claim.tags.cues { referenceCues[cue.match.text.lowercased(), default: 0] += 1 }
    }
    return KeynessResult(
      targetWords: c, referenceWords: d,
      words: rank(targetWords, referenceWords, c, d), cues: rank(targetCues, referenceCues, c, d))
  }

  static func rank(_ t: [String: Int], _ r: [String: Int], _ c: Int, _ d: Int) -> [KeyItem] {
    let items = Set(t.keys).union(r.keys).map { item -> KeyItem in
      let a = t[item] ?? 0
      let b = r[item] ?? 0
      let ta = c > 0 ? Double(a) * 1000 / Double(c) : 0
      let rb = d > 0 ? Double(b) * 1000 / Double(d) : 0
      return KeyItem(
        item: item, targetCount: a, referenceCount: b, targetPerThousand: ta,
        referencePerThousand: rb, g2: LogLikelihood.g2(a: a, b: b, c: c, d: d), overUsed: ta >= rb)
    }
    return items.sorted { ($0.g2, $1.item) > ($1.g2, $0.item) }
  }
}
