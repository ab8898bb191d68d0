/// Small helpers for laying out plain-text reports in a fixed number of columns.
public enum TextLayout {
  /// `text` padded with spaces to `width` characters (left-aligned), or cut with `…`.
  public static func pad(_ text: String, _ width: Int) -> String {
    let n = text.count
    if n == width { return text }
    if n < width { return text + String(repeating: " ", count: width - n) }
    return width <= 0 ? "" : String(text.prefix(width - 1)) + "…"
  }

  /// `text` right-aligned in `width` characters.
  public static func padLeft(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }

  /// Words of `text` filled into lines of at most `width` characters; a longer word is split.
  public static func wrap(_ text: String, width: Int) -> [String] {
    let width = max(width, 1)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      var word = String(word)
      while word.count > width {
        if !line.isEmpty {
          lines.append(line)
          line = ""
        }
        lines.append(String(word.prefix(width)))
        word = String(word.dropFirst(width))
      }
      if line.isEmpty {
        line = word
      } else if line.count + 1 + word.count <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// A percentage with one decimal, such as `62.5%`.
  public static func percent(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)%"
  }
}
