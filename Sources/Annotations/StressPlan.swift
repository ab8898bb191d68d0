/// What `AnnotationStress` writes for command number `n`, shared with the tests that check it.
///
/// Command `n % 4 == 0` tags `claim(n)` with `label(n)`; `1` sets its note to `note(n)`;
/// `2` overrides its level with `level(n)`; `3` tags `claim(n)` and `claim(n + 100_000)`.
public enum StressPlan {
  public static func claim(prefix: String, _ n: Int) -> ClaimRef {
    ClaimRef(id: "stress/\(prefix)/\(n)", text: "Claim \(n) of writer \(prefix), \"quoted\".")
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
      return main.tags.contains(label(n))
        && annotations[claim(prefix: prefix, n + 100_000).id].tags.contains(label(n))
    }
  }

  /// The claims commands `0..<count` touch.
  public static func claims(prefix: String, count: Int) -> [ClaimRef] {
    (0..<count).flatMap { n in
      n % 4 == 3
        ? [claim(prefix: prefix, n), claim(prefix: prefix, n + 100_000)]
        : [claim(prefix: prefix, n)]
    }
  }
}
