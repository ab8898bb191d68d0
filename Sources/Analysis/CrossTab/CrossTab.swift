import ClaimTable
import ClaimTagging

/// Counts of claims by two dimensions (`compare level by year`: one row per year, one column per
/// level), with row percentages and each row's mean ICD 203 probability.
public struct CrossTab: Sendable {
  /// The dimension spread across the columns (`level` in `compare level by year`).
  public let columnDimension: ClaimDimension
  /// The dimension down the rows (`year` in `compare level by year`).
  public let rowDimension: ClaimDimension
  public let rowLabels: [String]
  public let columnLabels: [String]
  /// `counts[row][column]`: claims with both values; list dimensions count once per value.
  public let counts: [[Int]]
  /// Distinct claims in each row.
  public let rowClaims: [Int]
  /// Claims in each row whose level is on the ICD 203 scale (remote ... almost-certain).
  public let rowScaled: [Int]
  /// Mean of (p_low + p_high) / 2 over the row's claims on the scale, in percent; nil when none.
  public let rowMeanProbability: [Double?]

  /// Tabulates `claims`; labels follow each dimension's order and only values that occur appear.
  public init(_ claims: [TaggedClaim], columns: ClaimDimension, rows: ClaimDimension) {
    columnDimension = columns
    rowDimension = rows
    var cells: [String: [String: Int]] = [:]
    var columnTotals: [String: Int] = [:]
    var rowTotals: [String: Int] = [:]
    var claimsPerRow: [String: Int] = [:]
    var scaled: [String: (count: Int, sum: Double)] = [:]
    for claim in claims {
      let columnValues = columns.values(of: claim)
      let midpoint = claim.tags.level.icd203.map { Double($0.low + $0.high) / 2 }
      for row in rows.values(of: claim) {
        claimsPerRow[row, default: 0] += 1
        if let midpoint {
          let old = scaled[row] ?? (0, 0)
          scaled[row] = (old.count + 1, old.sum + midpoint)
        }
        for column in columnValues {
          cells[row, default: [:]][column, default: 0] += 1
          columnTotals[column, default: 0] += 1
          rowTotals[row, default: 0] += 1
        }
      }
    }
    let rowLabels = rows.ordered(Array(claimsPerRow.keys), totals: claimsPerRow)
    let columnLabels = columns.ordered(Array(columnTotals.keys), totals: columnTotals)
    self.rowLabels = rowLabels
    self.columnLabels = columnLabels
    counts = rowLabels.map { row in columnLabels.map { cells[row]?[$0] ?? 0 } }
    rowClaims = rowLabels.map { claimsPerRow[$0] ?? 0 }
    rowScaled = rowLabels.map { scaled[$0]?.count ?? 0 }
    rowMeanProbability = rowLabels.map { row in
      scaled[row].flatMap { $0.count > 0 ? $0.sum / Double($0.count) : nil }
    }
  }

  private init(
    _ tab: CrossTab, columnLabels: [String], counts: [[Int]]
  ) {
    columnDimension = tab.columnDimension
    rowDimension = tab.rowDimension
    rowLabels = tab.rowLabels
    self.columnLabels = columnLabels
    self.counts = counts
    rowClaims = tab.rowClaims
    rowScaled = tab.rowScaled
    rowMeanProbability = tab.rowMeanProbability
  }

  /// The table with at most `limit` columns: the `limit - 1` largest kept in order, the rest
  /// summed into `other (N)`. Columns with a fixed order (levels, years ...) are never folded.
  public func folded(to limit: Int) -> CrossTab {
    guard columnLabels.count > limit, limit > 1, columnDimension.fixedOrder == nil,
      columnDimension != .year
    else { return self }
    let ranked = columnLabels.indices.sorted { (-columnTotal($0), $0) < (-columnTotal($1), $1) }
    let keep = Set(ranked.prefix(limit - 1))
    let kept = columnLabels.indices.filter { keep.contains($0) }
    let labels = kept.map { columnLabels[$0] } + ["other (\(columnLabels.count - kept.count))"]
    let folded = counts.map { row in
      kept.map { row[$0] } + [row.indices.filter { !keep.contains($0) }.reduce(0) { $0 + row[$1] }]
    }
    return CrossTab(self, columnLabels: labels, counts: folded)
  }

  /// Sum of a row's cells (equals its claims unless the column dimension is a list).
  public func rowTotal(_ row: Int) -> Int { counts[row].reduce(0, +) }

  /// Sum of a column's cells.
  public func columnTotal(_ column: Int) -> Int { counts.reduce(0) { $0 + $1[column] } }

  /// A cell as a percentage of its row total (0 when the row is empty).
  public func rowPercent(_ row: Int, _ column: Int) -> Double {
    let total = rowTotal(row)
    return total == 0 ? 0 : Double(counts[row][column]) * 100 / Double(total)
  }

  /// The count in the cell labelled `row`, `column`, or nil when either label is absent.
  public func count(row: String, column: String) -> Int? {
    guard let r = rowLabels.firstIndex(of: row), let c = columnLabels.firstIndex(of: column)
    else { return nil }
    return counts[r][c]
  }
}
