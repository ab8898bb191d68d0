import Diagnostics
import TableModel

/// Shared work of `count`, `sum`, `avg`, `min` and `max`: over the whole table, or per group
/// when a `group` stage came before. Groups come out sorted by key.
enum Aggregation {
  enum Kind: String { case count, sum, avg, min, max }

  struct Accumulator {
    var count = 0
    var numeric = 0
    var sum = 0.0
    var allIntegers = true
    var min: Value?
    var max: Value?

    mutating func add(_ v: Value, kind: Kind) {
      count += 1
      switch kind {
      case .count: return
      case .sum, .avg:
        switch v {
        case .int(let i): sum += Double(i); numeric += 1
        case .double(let d): sum += d; numeric += 1; allIntegers = false
        default: return
        }
      case .min, .max:
        if case .null = v { return }
        if case .ordinal(let o) = v, o.rank == nil { return }
        if min.map({ Value.sortOrder(v, $0) < 0 }) ?? true { min = v }
        if max.map({ Value.sortOrder(v, $0) > 0 }) ?? true { max = v }
      }
    }

    func result(_ kind: Kind) -> Value {
      switch kind {
      case .count: .int(count)
      case .sum: allIntegers && abs(sum) < 1e15 ? .int(Int(sum)) : .double(sum)
      case .avg: numeric == 0 ? .null : .double(sum / Double(numeric))
      case .min: min ?? .null
      case .max: max ?? .null
      }
    }
  }

  /// Numbers rows by group (first appearance order) and returns each group's key; rows that
  /// fail `keep` (a pending `where`) get group -1.
  ///
  /// One key column takes a fast path with no per-row allocation; runs of equal keys (tables
  /// in document order) skip the hash lookup.
  static func assignGroups(
    _ rows: [[Value]], keys: [Int], keep: RowPredicate?, context: EvalContext
  )
    throws(Diagnostic) -> ([[Value]], [Int])
  {
    var groupKeys: [[Value]] = []
    var groupOfRow: [Int] = []
    groupOfRow.reserveCapacity(rows.count)
    if keys.count == 1 {
      let k = keys[0]
      var groupOf: [Value: Int] = [:]
      var lastKey: Value?
      // Runs of one string key (tables in document order) skip the generic comparison.
      var lastText: String?
      var lastGroup = 0
      for n in rows.indices {
        if n & 0xFFFF == 0 { try context.cancellation.check() }
        if let keep, !keep(n) {
          groupOfRow.append(-1)
          continue
        }
        if case .string(let text) = rows[n][k], text == lastText {
          groupOfRow.append(lastGroup)
          continue
        }
        let key = rows[n][k]
        if case .string(let text) = key { lastText = text } else { lastText = nil }
        if lastKey != key {
          if let found = groupOf[key] {
            lastGroup = found
          } else {
            lastGroup = groupKeys.count
            groupOf[key] = lastGroup
            groupKeys.append([key])
          }
          lastKey = key
        }
        groupOfRow.append(lastGroup)
      }
      return (groupKeys, groupOfRow)
    }
    var groupOf: [[Value]: Int] = [:]
    for n in rows.indices {
      if n & 0xFFFF == 0 { try context.cancellation.check() }
      if let keep, !keep(n) {
        groupOfRow.append(-1)
        continue
      }
      let key = keys.map { rows[n][$0] }
      if let found = groupOf[key] {
        groupOfRow.append(found)
      } else {
        groupOf[key] = groupKeys.count
        groupOfRow.append(groupKeys.count)
        groupKeys.append(key)
      }
    }
    return (groupKeys, groupOfRow)
  }

  /// Aggregates `column` (unused for count) of `input`; the result column is `kind` or
  /// `kind_COLUMN`.
  static func run(
    _ kind: Kind, column ref: ColumnRef?, input: PipeValue, context: EvalContext
  ) throws(Diagnostic) -> PipeValue {
    let table = input.table
    let valueIndex = try ref.map { c throws(Diagnostic) in try table.resolve(c) }
    let resultName = ref.map { "\(kind.rawValue)_\($0.name)" } ?? kind.rawValue
    let resultColumn = Column(
      resultName,
      scale: (kind == .min || kind == .max) ? valueIndex.flatMap { table.columns[$0].scale } : nil)
    guard let keys = input.grouping else {
      var acc = Accumulator()
      for row in table.rows { acc.add(valueIndex.map { row[$0] } ?? .null, kind: kind) }
      return PipeValue(table: Table(columns: [resultColumn], rows: [[acc.result(kind)]]))
    }
    let (groupKeys, groupOfRow) = try assignGroups(
      table.rows, keys: keys, keep: input.pendingFilter, context: context)
    var accumulators = [Accumulator](repeating: Accumulator(), count: groupKeys.count)
    if kind == .count {
      for g in groupOfRow where g >= 0 { accumulators[g].count += 1 }
    } else {
      let rows = table.rows
      for (n, g) in groupOfRow.enumerated() where g >= 0 {
        accumulators[g].add(valueIndex.map { rows[n][$0] } ?? .null, kind: kind)
      }
    }
    let order = groupKeys.indices.sorted { a, b in
      for (x, y) in zip(groupKeys[a], groupKeys[b]) {
        let o = Value.sortOrder(x, y)
        if o != 0 { return o < 0 }
      }
      return false
    }
    let columns = keys.map { table.columns[$0] } + [resultColumn]
    let rows = order.map { groupKeys[$0] + [accumulators[$0].result(kind)] }
    return PipeValue(table: Table(columns: columns, rows: rows))
  }
}
