/// Dunning's (1993) log-likelihood G², as Rayson & Garside (2000) and AntConc apply it to
/// keyness: an item seen `a` times in a target of `c` words and `b` times in a reference of
/// `d` words.
///
/// ```
/// E1 = c (a + b) / (c + d)     E2 = d (a + b) / (c + d)
/// G2 = 2 (a ln(a / E1) + b ln(b / E2))        (a term with a zero count is 0)
/// ```
public enum LogLikelihood {
  public static func g2(a: Int, b: Int, c: Int, d: Int) -> Double {
    guard c > 0, d > 0, a + b > 0 else { return 0 }
    let total = Double(c + d)
    let e1 = Double(c) * Double(a + b) / total
    let e2 = Double(d) * Double(a + b) / total
    var sum = 0.0
    if a > 0 { sum += Double(a) * log(Double(a) / e1) }
    if b > 0 { sum += Double(b) * log(Double(b) / e2) }
    return 2 * sum
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
