import TableModel

/// Writes tables as JSON Lines: one object per row, keys in column order, lists as arrays.
public enum JSONLinesWriter {
  public static func render(_ table: Table) -> String {
    let keys = table.columnNames.map(quoted)
    var out = ""
    for row in table.rows {
      let members = zip(keys, row).map { "\($0):\(json($1))" }
      out += "{" + members.joined(separator: ",") + "}\n"
    }
    return out
  }

  static func json(_ value: Value) -> String {
    switch value {
    case .null: "null"
    case .bool(let b): b ? "true" : "false"
    case .int(let i): String(i)
    case .double(let d): d.isFinite ? String(d) : "null"
    case .string(let s): quoted(s)
    case .ordinal(let o): quoted(o.name)
    case .list(let items): "[" + items.map(json).joined(separator: ",") + "]"
    }
  }

  /// A JSON string literal (RFC 8259 escaping).
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let s where s.value < 0x20:
        let hex = String(s.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
