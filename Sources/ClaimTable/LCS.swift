/// Longest common subsequence of two sequences, as an edit script.
public enum LCS {
  public enum Op: Sendable, Hashable {
    case keep(Int, Int)
    case delete(Int)
    case insert(Int)
  }

  /// Steps turning `a` into `b`: deletions come before insertions within a changed stretch.
  public static func script<T: Equatable>(_ a: [T], _ b: [T]) -> [Op] {
    let n = a.count
    let m = b.count
    var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
    for i in stride(from: n - 1, through: 0, by: -1) {
      for j in stride(from: m - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var ops: [Op] = []
    var i = 0
    var j = 0
    while i < n || j < m {
      if i < n, j < m, a[i] == b[j] {
        ops.append(.keep(i, j))
        i += 1
        j += 1
      } else if i < n, j == m || table[i + 1][j] >= table[i][j + 1] {
        ops.append(.delete(i))
        i += 1
      } else {
        ops.append(.insert(j))
        j += 1
      }
    }
    return ops
  }

  /// Length of the longest common subsequence.
  public static func length<T: Equatable>(_ a: [T], _ b: [T]) -> Int {
    script(a, b).reduce(0) { n, op in if case .keep = op { n + 1 } else { n } }
  }
}
