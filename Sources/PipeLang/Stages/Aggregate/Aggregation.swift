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
    var groupOf: [[Value]: Int] = [:]
    var groupKeys: [[Value]] = []
    var accumulators: [Accumulator] = []
    var lastKey: [Value]?
    var lastGroup = 0
    var seen = 0
    for row in table.rows {
      let key = keys.map { row[$0] }
      let g: Int
      if let lastKey, lastKey == key {
        g = lastGroup
      } else if let found = groupOf[key] {
        g = found
      } else {
        g = groupKeys.count
        groupOf[key] = g
        groupKeys.append(key)
        accumulators.append(Accumulator())
      }
      lastKey = key
      lastGroup = g
      accumulators[g].add(valueIndex.map { row[$0] } ?? .null, kind: kind)
      seen &+= 1
      if seen & 0xFFFF == 0 { try context.cancellation.check() }
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
