/// Draws a `CrossTab` as text: counts, row percentages, and a bar chart of each row's mean
/// ICD 203 probability, all fitted to `width` columns.
public struct CrossTabReport: Sendable {
  public var width: Int
  public var chart: BarChart

  public init(width: Int, ascii: Bool) {
    self.width = max(width, 40)
    self.chart = BarChart(ascii: ascii)
  }

  /// Columns beyond this many (entities, sources ...) are folded into `other (N)`.
  public var maxColumns = 12

  public func render(_ tab: CrossTab) -> String {
    let tab = tab.folded(to: maxColumns)
    let title = "\(tab.columnDimension.rawValue) by \(tab.rowDimension.rawValue)"
    guard !tab.rowLabels.isEmpty else { return "\(title): no claims\n" }
    var out = "\(title): claims"
    if tab.columnDimension.isList || tab.rowDimension.isList {
      let list = tab.columnDimension.isList ? tab.columnDimension : tab.rowDimension
      out += " (a claim counts once per \(list.rawValue) value)"
    }
    out += "\n\n"
    let totals = tab.rowLabels.indices.map { String(tab.rowTotal($0)) }
    let counts = tab.counts.map { $0.map(String.init) }
    out += grid(tab, cells: counts, totals: totals)
    out += "\nrow %\n"
    let percents = tab.rowLabels.indices.map { r in
      tab.columnLabels.indices.map { c in TextLayout.percent(tab.rowPercent(r, c)) }
    }
    out += grid(tab, cells: percents, totals: nil)
    out += "\n" + probabilityChart(tab)
    return out
  }

  /// A grid with row labels down the left; columns that do not fit the width go in a second block.
  private func grid(_ tab: CrossTab, cells: [[String]], totals: [String]?) -> String {
    let labelWidth = min(
      max(tab.rowLabels.map(\.count).max() ?? 0, tab.rowDimension.rawValue.count), 24)
    var headers = tab.columnLabels
    var columns = cells.isEmpty ? [] : cells[0].indices.map { c in cells.map { $0[c] } }
    if let totals {
      headers.append("total")
      columns.append(totals)
    }
    let widths = zip(headers, columns).map { h, col in max(h.count, col.map(\.count).max() ?? 0) }
    var blocks: [[Int]] = [[]]
    var used = labelWidth
    for c in headers.indices {
      if used + 2 + widths[c] > width, !(blocks.last?.isEmpty ?? true) {
        blocks.append([])
        used = labelWidth
      }
      blocks[blocks.count - 1].append(c)
      used += 2 + widths[c]
    }
    var out = ""
    for (n, block) in blocks.enumerated() {
      if n > 0 { out += "\n" }
      var line = TextLayout.pad(tab.rowDimension.rawValue, labelWidth)
      for c in block { line += "  " + TextLayout.padLeft(headers[c], widths[c]) }
      out += line + "\n"
      for r in tab.rowLabels.indices {
        var row = TextLayout.pad(tab.rowLabels[r], labelWidth)
        for c in block { row += "  " + TextLayout.padLeft(columns[c][r], widths[c]) }
        out += row + "\n"
      }
    }
    return out
  }

  private func probabilityChart(_ tab: CrossTab) -> String {
    var out = "mean ICD 203 probability (midpoint of p_low..p_high over claims on the scale)\n"
    let labelWidth = min(tab.rowLabels.map(\.count).max() ?? 0, 24)
    let notes = tab.rowLabels.indices.map { r -> String in
      let value = tab.rowMeanProbability[r].map(TextLayout.percent) ?? "–"
      return "\(value)  (\(tab.rowScaled[r]) of \(tab.rowClaims[r]) on the scale)"
    }
    let noteWidth = notes.map(\.count).max() ?? 0
    let barWidth = max(width - labelWidth - noteWidth - 4, 10)
    for r in tab.rowLabels.indices {
      let bar = tab.rowMeanProbability[r].map { chart.bar($0 / 100, width: barWidth) } ?? ""
      out +=
        TextLayout.pad(tab.rowLabels[r], labelWidth) + "  " + TextLayout.pad(bar, barWidth)
        + "  " + notes[r] + "\n"
    }
    return out
  }
}
