/// A paragraph label as printed at the start of a line.
///
/// ```
/// "1. In retrospect"   -> .number("1"), rest "In retrospect"
/// "- a. Purge ..."     -> .letter("a"), rest "Purge ..."
/// "(a)"                -> .parenLetter("a"), rest ""
/// "(3). Skepticism"    -> .parenNumber("3"), rest "Skepticism"
/// "* Communist ..."    -> .stars(1)   (an author's footnote)
/// "- to consolidate"   -> .bullet
/// ```
enum LabelToken: Equatable, Sendable {
  case number(String)
  case letter(String)
  case parenLetter(String)
  case parenNumber(String)
  case stars(Int)
  case bullet

  /// Reads a label at the start of trimmed line text; returns it and the text after it.
  static func scan(_ t: ArraySlice<UInt8>) -> (LabelToken, ArraySlice<UInt8>)? {
    var i = t.startIndex
    let end = t.endIndex
    guard i < end else { return nil }
    if t[i] == 0x2A {
      var k = 0
      while i < end, t[i] == 0x2A, k < 4 {
        i += 1
        k += 1
      }
      guard i < end, t[i] == 0x20 else { return nil }
      return (.stars(k), ByteText.trim(t[i...]))
    }
    var dashed = false
    if t[i] == 0x2D, i + 1 < end, t[i + 1] == 0x20 {
      dashed = true
      i += 2
      while i < end, t[i] == 0x20 { i += 1 }
    }
    if let (token, next) = core(t, from: i) {
      return (token, ByteText.trim(t[next...]))
    }
    return dashed ? (.bullet, ByteText.trim(t[i...])) : nil
  }

  /// The label proper (`1.`, `a.`, `(a)`, `(1).`), which must be followed by a space or the end.
  private static func core(_ t: ArraySlice<UInt8>, from start: Int) -> (LabelToken, Int)? {
    var i = start
    let end = t.endIndex
    guard i < end else { return nil }
    var token: LabelToken
    if ByteText.isDigit(t[i]) {
      let s = i
      while i < end, ByteText.isDigit(t[i]), i - s < 2 { i += 1 }
      guard i < end, t[i] == 0x2E else { return nil }
      token = .number(ByteText.string(t[s..<i]))
      i += 1
    } else if ByteText.isLower(t[i]), i + 1 < end, t[i + 1] == 0x2E {
      token = .letter(ByteText.string(t[i...i]))
      i += 2
    } else if ByteText.isLower(t[i]), i + 1 == end {
      return nil
    } else if t[i] == 0x28 {
      i += 1
      let s = i
      if i < end, ByteText.isLower(t[i]) {
        i += 1
        token = .parenLetter(ByteText.string(t[s..<i]))
      } else {
        while i < end, ByteText.isDigit(t[i]), i - s < 2 { i += 1 }
        guard i > s else { return nil }
        token = .parenNumber(ByteText.string(t[s..<i]))
      }
      guard i < end, t[i] == 0x29 else { return nil }
      i += 1
      if i < end, t[i] == 0x2E { i += 1 }
    } else {
      return nil
    }
    guard i == end || t[i] == 0x20 || t[i] == 0x09 else { return nil }
    return (token, i)
  }
}

/// Turns printed labels into full paths: `a.` under `9.` is `9.a`; `(4)` under `11.l` is `11.l.(4)`.
struct LabelTracker {
  private var number: String?
  private var letter: String?

  mutating func resolve(_ token: LabelToken) -> String? {
    switch token {
    case .number(let n):
      number = n
      letter = nil
      return n
    case .letter(let l):
      letter = l
      return number.map { "\($0).\(l)" } ?? l
    case .parenLetter(let l):
      letter = "(\(l))"
      return number.map { "\($0).(\(l))" } ?? "(\(l))"
    case .parenNumber(let n):
      let base = [number, letter].compactMap { $0 }.joined(separator: ".")
      return base.isEmpty ? "(\(n))" : "\(base).(\(n))"
    case .stars(let k):
      return String(repeating: "*", count: k)
    case .bullet:
      return nil
    }
  }
}
