import TableModel

/// Writes tables as GitHub-flavoured Markdown: pipes escaped, line breaks as `<br>`.
public enum MarkdownTableWriter {
  public static func render(_ table: Table) -> String {
    var lines = [row(table.columnNames)]
    lines.append("|" + table.columns.map { _ in " --- |" }.joined())
    lines += table.rows.map { row($0.map(\.displayText)) }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func row(_ cells: [String]) -> String {
    "| " + cells.map(escaped).joined(separator: " | ") + " |"
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "\r\n", with: "<br>")
      .replacingOccurrences(of: "\n", with: "<br>")
  }
}
