/// Terminal column widths of text: wide East Asian and emoji characters take two columns,
/// combining marks none. Cutting works on whole characters, so UTF-8 is never split.
public enum DisplayWidth {
  /// Columns `text` occupies on a terminal.
  public static func of(_ text: String) -> Int {
    var total = 0
    for c in text { total += of(c) }
    return total
  }

  /// Columns one character occupies (its first scalar decides; combining marks add nothing).
  public static func of(_ c: Character) -> Int {
    guard let first = c.unicodeScalars.first else { return 0 }
    if c.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return of(first)
  }

  static func of(_ s: Unicode.Scalar) -> Int {
    let v = s.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    switch s.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
      || (0x1F900...0x1F9FF).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }

  /// `text` cut to at most `width` columns, ending in `…` when something was dropped.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 0 else { return "" }
    var out = ""
    var used = 0
    for c in text {
      let w = of(c)
      if used + w > width - 1 { break }
      out.append(c)
      used += w
    }
    return out + "…"
  }

  /// `text` padded with spaces to `width` columns, on the right (or left when `right` is set).
  public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, width - of(text)))
    return alignRight ? fill + text : text + fill
  }

  /// `text` broken into lines of at most `width` columns, at spaces where possible.
  public static func wrap(_ text: String, to width: Int) -> [String] {
    guard width > 0 else { return [text] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var used = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
        var word = String(word)
        var w = of(word)
        if used > 0, used + 1 + w > width {
          lines.append(line)
          line = ""
          used = 0
        }
        while w > width {
          let head = truncate(word, to: width + 1).dropLast()
          lines.append(line.isEmpty ? String(head) : line + " " + head)
          line = ""
          used = 0
          word = String(word.dropFirst(head.count))
          w = of(word)
        }
        line += (used > 0 ? " " : "") + word
        used += (used > 0 ? 1 : 0) + w
      }
      lines.append(line)
    }
    return lines
  }
}
