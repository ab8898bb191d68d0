import ClaimTable

/// Word-level differences between two sentences, by longest common subsequence over
/// space-separated words, shown as `[-old-]{+new+}` (the `git diff --word-diff` notation).
public enum WordDiff {
  public enum Piece: Sendable, Hashable {
    case same(String)
    case removed(String)
    case added(String)
  }

  /// The pieces turning `old` into `new`; runs of words of one kind are joined with spaces.
  public static func pieces(_ old: String, _ new: String) -> [Piece] {
    let a = old.split(separator: " ").map(String.init)
    let b = new.split(separator: " ").map(String.init)
    var pieces: [Piece] = []
    func push(_ piece: Piece) {
      switch (pieces.last, piece) {
      case (.same(let x)?, .same(let y)): pieces[pieces.count - 1] = .same(x + " " + y)
      case (.removed(let x)?, .removed(let y)): pieces[pieces.count - 1] = .removed(x + " " + y)
      case (.added(let x)?, .added(let y)): pieces[pieces.count - 1] = .added(x + " " + y)
      default: pieces.append(piece)
      }
    }
    for op in LCS.script(a, b) {
      switch op {
      case .keep(let i, _): push(.same(a[i]))
      case .delete(let i): push(.removed(a[i]))
      case .insert(let j): push(.added(b[j]))
      }
    }
    return pieces
  }

  /// `old` → `new` as one line, such as `We [-ought-]{+should+} think`.
  public static func render(_ old: String, _ new: String) -> String {
    pieces(old, new).map { piece in
      switch piece {
      case .same(let s): s
      case .removed(let s): "[-\(s)-]"
      case .added(let s): "{+\(s)+}"
      }
    }.joined(separator: " ")
  }
}
