import ClaimTable

/// Aligns two lists of sentences in order, Needleman–Wunsch style: a pair may match only when
/// its similarity reaches `threshold`; the alignment maximises the summed similarity of matched
/// pairs, gaps cost nothing.
public enum SentenceAlignment {
  public enum Step: Sendable, Hashable {
    /// Sentences `old` and `new` correspond (identical or edited).
    case pair(old: Int, new: Int)
    case onlyOld(Int)
    case onlyNew(Int)
  }

  /// Word similarity in 0...1: 2·LCS / (words in a + words in b), ignoring case and punctuation.
  public static func similarity(_ a: String, _ b: String) -> Double {
    let x = WordTokenizer.words(a)
    let y = WordTokenizer.words(b)
    guard !x.isEmpty || !y.isEmpty else { return 1 }
    return 2 * Double(LCS.length(x, y)) / Double(x.count + y.count)
  }

  public static let defaultThreshold = 0.5

  public static func align(
    _ old: [String], _ new: [String], threshold: Double = defaultThreshold
  ) -> [Step] {
    let n = old.count
    let m = new.count
    var sim = [[Double]](repeating: [Double](repeating: 0, count: m), count: n)
    for i in 0..<n { for j in 0..<m { sim[i][j] = similarity(old[i], new[j]) } }
    var score = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        var best = max(score[i + 1][j], score[i][j + 1])
        if sim[i][j] >= threshold { best = max(best, score[i + 1][j + 1] + sim[i][j]) }
        score[i][j] = best
      }
    }
    var steps: [Step] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, sim[i][j] >= threshold, score[i][j] == score[i + 1][j + 1] + sim[i][j] {
        steps.append(.pair(old: i, new: j))
        i += 1
        j += 1
      } else if i < n, j == m || score[i][j] == score[i + 1][j] {
        steps.append(.onlyOld(i))
        i += 1
      } else {
        steps.append(.onlyNew(j))
        j += 1
      }
    }
    return steps
  }
}
