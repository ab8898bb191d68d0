/// Horizontal bars drawn with Unicode eighth blocks (`█▉▊▋▌▍▎▏`), or `#` where the
/// terminal cannot show them.
public struct BarChart: Sendable {
  /// True to draw with `#` only.
  public var ascii: Bool

  public init(ascii: Bool) { self.ascii = ascii }

  /// True when the locale variables promise UTF-8 and `ASSAY_ASCII` is not `1`.
  /// The first non-empty of `LC_ALL`, `LC_CTYPE`, `LANG` decides, as in POSIX.
  public static func canDrawBlocks(environment: [String: String]) -> Bool {
    if environment["ASSAY_ASCII"] == "1" { return false }
    for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
      if let value = environment[key], !value.isEmpty {
        let v = value.lowercased()
        return v.contains("utf-8") || v.contains("utf8")
      }
    }
    return false
  }

  private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

  /// A bar `fraction` (0...1) of `width` cells long; at most `width` characters.
  public func bar(_ fraction: Double, width: Int) -> String {
    guard width > 0, fraction.isFinite else { return "" }
    let f = min(max(fraction, 0), 1)
    if ascii { return String(repeating: "#", count: Int((f * Double(width)).rounded())) }
    let units = Int((f * Double(width) * 8).rounded())
    var text = String(repeating: "█", count: units / 8)
    if units % 8 > 0 { text.append(Self.eighths[units % 8 - 1]) }
    return text
  }
}
