import TableModel

/// Writes tables as CSV following RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// a quote, CR or LF, quotes doubled.
///
/// Text cells a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or CR)
/// are neutralised with a leading `'`, as OWASP advises for CSV injection. Numbers are left alone.
public enum CSVWriter {
  public static func render(_ table: Table, bom: Bool = false) -> String {
    var out = bom ? "\u{FEFF}" : ""
    out += table.columnNames.map(field).joined(separator: ",") + "\r\n"
    for row in table.rows {
      out += row.map(cell).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// One value as a CSV field.
  public static func cell(_ value: Value) -> String {
    switch value {
    case .int, .double, .bool, .null: field(value.displayText)
    default: field(neutralised(value.displayText))
    }
  }

  /// Prefixes text a spreadsheet would evaluate as a formula.
  public static func neutralised(_ text: String) -> String {
    guard let first = text.unicodeScalars.first else { return text }
    return formulaStarts.contains(first) ? "'" + text : text
  }

  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

  private static func field(_ text: String) -> String {
    let needsQuotes = text.utf8.contains {
      $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 10 || $0 == 13
    }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
