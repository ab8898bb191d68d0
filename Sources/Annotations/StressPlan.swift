/// What `AnnotationStress` writes for command number `n`, shared with the tests that check it.
///
/// Command `n % 4 == 0` tags `claim(n)` with `label(n)`; `1` sets its note to `note(n)`;
/// `2` overrides its level with `level(n)`; `3` tags `claim(n)`, `claim(n + 100_000)` and the
/// claim `shared` that every writer touches with `label(n)` and `from-PREFIX`.
public enum StressPlan {
  public static func claim(prefix: String, _ n: Int) -> ClaimRef {
    ClaimRef(id: "stress/\(prefix)/\(n)", text: "Claim \(n) of writer \(prefix), \"quoted\".")
  }

  /// The claim all writers tag, so concurrent writers contend for the same rows.
  public static let shared = ClaimRef(id: "stress/shared", text: "A claim every writer tags.")

  /// The claims and labels of command `n` when `n % 4 == 3`.
  public static func sharedCommand(prefix: String, _ n: Int) -> (
    claims: [ClaimRef], labels: [String]
  ) {
    (
      [claim(prefix: prefix, n), claim(prefix: prefix, n + 100_000), shared],
      [label(n), "from-\(prefix)"]
    )
  }

  public static func label(_ n: Int) -> String { "l\(n % 7)" }
  public static func note(_ n: Int) -> String { "note \(n), with a comma\nand a newline" }
  public static func level(_ n: Int) -> String { ["likely", "unlikely", "remote"][n % 3] }

  /// True when `annotations` shows the effect of command `n`.
  public static func isPresent(_ n: Int, prefix: String, in annotations: ClaimAnnotations) -> Bool {
    let main = annotations[claim(prefix: prefix, n).id]
    switch n % 4 {
    case 0: return main.tags.contains(label(n))
    case 1: return main.note == note(n)
    case 2: return main.overrides[.level] == level(n)
    default:
      let labels = Set(sharedCommand(prefix: prefix, n).labels)
      return sharedCommand(prefix: prefix, n).claims.allSatisfy {
        annotations[$0.id].tags.isSuperset(of: labels)
      }
    }
  }

  /// The claims commands `0..<count` touch.
  public static func claims(prefix: String, count: Int) -> [ClaimRef] {
    (0..<count).flatMap { n in
      n % 4 == 3 ? sharedCommand(prefix: prefix, n).claims : [claim(prefix: prefix, n)]
    }
  }
}
