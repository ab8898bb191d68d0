/// Draws the top keywords and key cues as two aligned tables.
public struct KeynessReport: Sendable {
  public var top: Int

  public init(top: Int) { self.top = max(top, 1) }

  public func render(_ result: KeynessResult, target: String, reference: String) -> String {
    var out = "keyness of \(target) (\(result.targetWords) words) against \(reference) "
    out += "(\(result.referenceWords) words), log-likelihood G2; + over-use, − under-use\n\n"
    out += section("words", Array(result.words.prefix(top)))
    out += "\n" + section("confidence cues", Array(result.cues.prefix(top)))
    out += "\nG2 > 3.84: p < 0.05; > 6.63: p < 0.01; > 15.13: p < 0.0001 (1 d.f.)\n"
    return out
  }

  private func section(_ title: String, _ items: [KeyItem]) -> String {
    guard !items.isEmpty else { return "\(title): none\n" }
    let header = [title, "", "G2", "target", "per 1k", "rest", "per 1k"]
    let rows = items.map { item in
      [
        item.item, item.direction, Self.fixed(item.g2, 2), String(item.targetCount),
        Self.fixed(item.targetPerThousand, 2), String(item.referenceCount),
        Self.fixed(item.referencePerThousand, 2),
      ]
    }
    let widths = header.indices.map { c in max(header[c].count, rows.map { $0[c].count }.max() ?? 0)
    }
    func line(_ cells: [String]) -> String {
      cells.indices.map { c in
        c == 0 ? TextLayout.pad(cells[c], widths[c]) : TextLayout.padLeft(cells[c], widths[c])
      }.joined(separator: "  ")
    }
    return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
  }

  /// `value` with `digits` decimals.
  static func fixed(_ value: Double, _ digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let n = Int((value * scale).rounded())
    let whole = n / Int(scale)
    let frac = String(n % Int(scale))
    return "\(whole)." + String(repeating: "0", count: digits - frac.count) + frac
  }
}
