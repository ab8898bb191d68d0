import CorpusLoading

/// Two versions of a document aligned paragraph by paragraph, then sentence by sentence.
///
/// Paragraphs pair up by printed label first (a label found once in each version, the texts
/// sharing ≥ `labelThreshold` of their words), then the rest by word overlap (Dice over word
/// counts ≥ `paragraphThreshold`). A pair whose order
/// differs from the longest run of pairs kept in order is marked moved. Within a pair,
/// sentences are aligned by `SentenceAlignment`.
public struct VersionDiff: Sendable {
  public enum Change: Sendable {
    case same(old: Claim, new: Claim)
    case edited(old: Claim, new: Claim, words: String)
    case onlyOld(Claim)
    case onlyNew(Claim)
  }

  public struct ParagraphChange: Sendable {
    public var old: Paragraph?
    public var new: Paragraph?
    /// True when the pair stands in a different order among the matched paragraphs.
    public var moved: Bool
    public var changes: [Change]
  }

  public let documentID: String
  public let oldVersion: String
  public let newVersion: String
  public let paragraphs: [ParagraphChange]

  public static let paragraphThreshold = 0.5
  /// Same-label paragraphs pair only when this similar, so a renumbered paragraph is not
  /// paired with the different one that took its number.
  public static let labelThreshold = 0.3

  /// Aligns version `old` with version `new` of `document`; nil when either is missing.
  public init?(_ document: Document, old: String, new: String) {
    guard let a = document.versions.first(where: { $0.id == old }),
      let b = document.versions.first(where: { $0.id == new })
    else { return nil }
    documentID = document.id
    oldVersion = old
    newVersion = new
    paragraphs = Self.align(a.paragraphs, b.paragraphs)
  }

  /// Counts of sentences that are the same, edited, only in the old and only in the new version.
  public var tally: (same: Int, edited: Int, onlyOld: Int, onlyNew: Int) {
    var t = (same: 0, edited: 0, onlyOld: 0, onlyNew: 0)
    for change in paragraphs.flatMap(\.changes) {
      switch change {
      case .same: t.same += 1
      case .edited: t.edited += 1
      case .onlyOld: t.onlyOld += 1
      case .onlyNew: t.onlyNew += 1
      }
    }
    return t
  }

  static func align(_ a: [Paragraph], _ b: [Paragraph]) -> [ParagraphChange] {
    var partner = [Int?](repeating: nil, count: b.count)
    var taken = Set<Int>()
    let labelsA = labelIndex(a)
    let labelsB = labelIndex(b)
    let bagsA = a.map { bag($0.finalText) }
    let bagsB = b.map { bag($0.finalText) }
    for (label, js) in labelsB where js.count == 1 {
      if let indicesA = labelsA[label], indicesA.count == 1,
        dice(bagsA[indicesA[0]], bagsB[js[0]]) >= labelThreshold
      {
        partner[js[0]] = indicesA[0]
        taken.insert(indicesA[0])
      }
    }
    var candidates: [(Double, Int, Int)] = []
    for j in b.indices where partner[j] == nil {
      for i in a.indices where !taken.contains(i) {
        let s = dice(bagsA[i], bagsB[j])
        if s >= paragraphThreshold { candidates.append((s, i, j)) }
      }
    }
    for (_, i, j) in candidates.sorted(by: { $0.0 > $1.0 })
    where partner[j] == nil && !taken.contains(i) {
      partner[j] = i
      taken.insert(i)
    }
    let inOrder = increasingRun(b.indices.compactMap { partner[$0] })
    var entries: [(key: Double, change: ParagraphChange)] = []
    for j in b.indices {
      if let i = partner[j] {
        let steps = SentenceAlignment.align(a[i].claims.map(\.text), b[j].claims.map(\.text))
        let changes = steps.map { step in change(step, a[i].claims, b[j].claims) }
        entries.append(
          (
            Double(j),
            ParagraphChange(old: a[i], new: b[j], moved: !inOrder.contains(i), changes: changes)
          ))
      } else {
        entries.append(
          (
            Double(j),
            ParagraphChange(
              old: nil, new: b[j], moved: false, changes: b[j].claims.map { .onlyNew($0) })
          ))
      }
    }
    for i in a.indices where !taken.contains(i) {
      let before = b.indices.filter { partner[$0].map { $0 < i } ?? false }.last
      let key = (before.map(Double.init) ?? -1) + 0.5 + Double(i) / Double(a.count + 1) / 2
      entries.append(
        (
          key,
          ParagraphChange(
            old: a[i], new: nil, moved: false, changes: a[i].claims.map { .onlyOld($0) })
        ))
    }
    return entries.sorted { $0.key < $1.key }.map(\.change)
  }

  private static func change(_ step: SentenceAlignment.Step, _ a: [Claim], _ b: [Claim]) -> Change {
    switch step {
    case .pair(let i, let j):
      a[i].text == b[j].text
        ? .same(old: a[i], new: b[j])
        : .edited(old: a[i], new: b[j], words: WordDiff.render(a[i].text, b[j].text))
    case .onlyOld(let i): .onlyOld(a[i])
    case .onlyNew(let j): .onlyNew(b[j])
    }
  }

  /// Positions of the paragraphs carrying each printed label.
  static func labelIndex(_ paragraphs: [Paragraph]) -> [String: [Int]] {
    var index: [String: [Int]] = [:]
    for (k, paragraph) in paragraphs.enumerated() {
      if let label = paragraph.label { index[label, default: []].append(k) }
    }
    return index
  }

  static func bag(_ text: String) -> [String: Int] {
    var counts: [String: Int] = [:]
    for word in WordTokenizer.words(text) { counts[word, default: 0] += 1 }
    return counts
  }

  /// Dice coefficient over word counts: 2·shared / (total a + total b).
  static func dice(_ x: [String: Int], _ y: [String: Int]) -> Double {
    let total = x.values.reduce(0, +) + y.values.reduce(0, +)
    guard total > 0 else { return 1 }
    let shared = x.reduce(0) { $0 + min($1.value, y[$1.key] ?? 0) }
    return 2 * Double(shared) / Double(total)
  }

  /// The values of the longest strictly increasing subsequence of `values`.
  static func increasingRun(_ values: [Int]) -> Set<Int> {
    guard !values.isEmpty else { return [] }
    var length = [Int](repeating: 1, count: values.count)
    var previous = [Int?](repeating: nil, count: values.count)
    for k in values.indices {
      for p in 0..<k where values[p] < values[k] && length[p] + 1 > length[k] {
        length[k] = length[p] + 1
        previous[k] = p
      }
    }
    var k: Int? = length.indices.max { length[$0] < length[$1] }
    var run = Set<Int>()
    while let current = k {
      run.insert(values[current])
      k = previous[current]
    }
    return run
  }
}
