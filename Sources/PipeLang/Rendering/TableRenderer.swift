import TableModel

/// Draws pipeline results as text fitted to a terminal width.
///
/// ```
/// doc           count
/// ────────────  ─────
/// 1937-embassy      3
/// (1 row)
/// ```
/// Numbers align right; cells too wide are cut with `…`; colour only when asked for. A one-cell
/// result (`claims | count`) is drawn as its bare value.
public struct TableRenderer: Sendable {
  public var width: Int
  public var colour: Bool

  public init(width: Int = 100, colour: Bool = false) {
    self.width = max(width, 20)
    self.colour = colour
  }

  /// The text for one pipeline result, ending without a newline.
  public func render(_ value: PipeValue) -> String {
    if value.style == .table, value.table.columns.count == 1, value.table.rows.count == 1 {
      return Self.cellText(value.table.rows[0][0])
    }
    switch value.style {
    case .cards: return cards(value.table)
    case .table, .kwic: return grid(value.table, kwic: value.style == .kwic)
    }
  }

  // MARK: - Grid

  func grid(_ table: Table, kwic: Bool) -> String {
    let shown = visibleColumnCount(table)
    if shown < table.columns.count {
      let kept = Table(
        columns: Array(table.columns.prefix(shown)),
        rows: table.rows.map { Array($0.prefix(shown)) })
      let hidden = table.columns.count - shown
      return grid(kept, kwic: kwic) + "\n"
        + paint("(\(hidden) more columns not shown: use select, or show for cards)", "2")
    }
    let cells = table.rows.map { row in row.map { Self.cellText($0) } }
    let headers = table.columnNames
    var widths = headers.indices.map { c in
      max(DisplayWidth.of(headers[c]), cells.map { DisplayWidth.of($0[c]) }.max() ?? 0)
    }
    fit(
      &widths,
      minimums: headers.indices.map {
        Self.narrowest(natural: widths[$0], header: headers[$0], first: $0 == 0)
      })
    let alignRight = table.columns.indices.map { c in
      (kwic && headers[c] == "left")
        || (!table.rows.isEmpty && table.rows.allSatisfy { Self.isNumber($0[c]) })
    }
    func line(_ texts: [String], emphasis: Bool = false) -> String {
      let parts = texts.indices.map { c in
        let cut = DisplayWidth.truncate(texts[c], to: widths[c])
        let padded = DisplayWidth.pad(cut, to: widths[c], alignRight: alignRight[c])
        if kwic, headers[c] == "match", !emphasis { return paint(padded, "1") }
        return padded
      }
      var text = parts.joined(separator: "  ")
      while text.hasSuffix(" ") { text.removeLast() }
      return emphasis ? paint(text, "1") : text
    }
    var out = [line(headers, emphasis: true)]
    out.append(paint(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "), "2"))
    out += cells.map { line($0) }
    out.append(paint(Self.rowCount(table.rows.count), "2"))
    return out.joined(separator: "\n")
  }

  /// The narrowest a column may be cut to: an id column and short columns stay whole (the
  /// first up to 40 wide), others keep a readable stub of 10, or their header.
  static func narrowest(natural: Int, header: String, first: Bool) -> Int {
    min(natural, max(DisplayWidth.of(header), first ? 40 : 10))
  }

  /// How many leading columns fit the width at their narrowest.
  func visibleColumnCount(_ table: Table) -> Int {
    var used = 0
    for (n, column) in table.columns.enumerated() {
      let natural = table.rows.reduce(DisplayWidth.of(column.name)) {
        max($0, DisplayWidth.of(Self.cellText($1[n])))
      }
      used += Self.narrowest(natural: natural, header: column.name, first: n == 0) + (n > 0 ? 2 : 0)
      if used > width { return max(n, 1) }
    }
    return table.columns.count
  }

  /// Shrinks the widest columns until the row fits the width (two spaces between columns).
  func fit(_ widths: inout [Int], minimums: [Int]) {
    let budget = width - 2 * max(widths.count - 1, 0)
    while widths.reduce(0, +) > budget {
      let shrinkable = widths.indices.filter { widths[$0] > max(minimums[$0], 4) }
      guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { return }
      let secondWidest = shrinkable.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
      let excess = widths.reduce(0, +) - budget
      let target = max(secondWidest, widths[widest] - excess, minimums[widest], 4)
      // Always shrink by at least one, so the loop ends.
      widths[widest] = min(target, widths[widest] - 1)
    }
  }

  // MARK: - Cards

  func cards(_ table: Table) -> String {
    let labelWidth = table.columnNames.map { DisplayWidth.of($0) }.max() ?? 0
    let textWidth = max(width - labelWidth - 2, 10)
    var out: [String] = []
    for (n, row) in table.rows.enumerated() {
      let title = "── \(n + 1) of \(table.rows.count) "
      out.append(
        paint(title + String(repeating: "─", count: max(0, width - DisplayWidth.of(title))), "2"))
      for (c, column) in table.columns.enumerated() {
        let label = paint(DisplayWidth.pad(column.name, to: labelWidth), "1")
        let lines = DisplayWidth.wrap(row[c].displayText, to: textWidth)
        out.append((label + "  " + (lines.first ?? "")).trimmingTrailingSpaces)
        let indent = String(repeating: " ", count: labelWidth + 2)
        out += lines.dropFirst().map { indent + $0 }
      }
    }
    out.append(paint(Self.rowCount(table.rows.count), "2"))
    return out.joined(separator: "\n")
  }

  // MARK: - Cells

  static func cellText(_ v: Value) -> String {
    v.displayText.replacingOccurrences(of: "\n", with: " ")
  }

  static func isNumber(_ v: Value) -> Bool {
    switch v {
    case .int, .double, .null: true
    default: false
    }
  }

  static func rowCount(_ n: Int) -> String { n == 1 ? "(1 row)" : "(\(n) rows)" }

  func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var s = self
    while s.hasSuffix(" ") { s.removeLast() }
    return s
  }
}
