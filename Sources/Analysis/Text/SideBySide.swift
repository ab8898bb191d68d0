import ClaimTable

/// The claims on one subject laid out in one column per year, each with its level and source,
/// so a reader can see how a judgement moved between 1937, 1953 and 1957.
public struct SideBySide: Sendable {
  public var width: Int

  public init(width: Int) { self.width = max(width, 40) }

  /// Claims grouped by year (ascending); a claim without a year goes under `?`.
  public static func byYear(_ claims: [TaggedClaim]) -> [(year: String, claims: [TaggedClaim])] {
    var groups: [Int: [TaggedClaim]] = [:]
    for claim in claims { groups[claim.document.year ?? Int.max, default: []].append(claim) }
    return groups.keys.sorted().map { year in
      (year == Int.max ? "?" : String(year), groups[year] ?? [])
    }
  }

  /// One block per claim: `id · level · source` then the wrapped text.
  static func block(_ claim: TaggedClaim, width: Int) -> [String] {
    let tags = claim.tags
    var source = tags.source.kind.rawValue
    if tags.source.name != source, !tags.source.name.isEmpty { source += ": " + tags.source.name }
    let head = "\(claim.id) · \(tags.level.rawValue) · \(source)"
    return TextLayout.wrap(head, width: width) + TextLayout.wrap(claim.claim.text, width: width)
  }

  /// Renders `title` and the groups side by side, or one after another when a column would be
  /// narrower than 24 characters.
  public func render(title: String, groups: [(year: String, claims: [TaggedClaim])]) -> String {
    let total = groups.reduce(0) { $0 + $1.claims.count }
    let claims = total == 1 ? "claim" : "claims"
    let years = groups.count == 1 ? "year" : "years"
    var out = "\(title): \(total) \(claims) in \(groups.count) \(years)\n\n"
    guard !groups.isEmpty else { return out }
    let n = groups.count
    let columnWidth = (width - 3 * (n - 1)) / n
    if columnWidth < 24 {
      for group in groups {
        out += "── \(group.year) (\(group.claims.count)) ──\n"
        for claim in group.claims {
          out += Self.block(claim, width: width).joined(separator: "\n") + "\n\n"
        }
      }
      return out
    }
    let columns: [[String]] = groups.map { group in
      var lines = [
        TextLayout.pad("\(group.year) (\(group.claims.count))", columnWidth),
        String(repeating: "─", count: columnWidth),
      ]
      for (k, claim) in group.claims.enumerated() {
        if k > 0 { lines.append("") }
        lines += Self.block(claim, width: columnWidth)
      }
      return lines
    }
    let height = columns.map(\.count).max() ?? 0
    for line in 0..<height {
      let cells = columns.map {
        line < $0.count
          ? TextLayout.pad($0[line], columnWidth) : String(repeating: " ", count: columnWidth)
      }
      var text = cells.joined(separator: " │ ")
      while text.last == " " { text.removeLast() }
      out += text + "\n"
    }
    return out
  }
}
