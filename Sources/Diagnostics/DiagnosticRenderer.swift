/// Draws diagnostics as text. The one place that decides how an error looks.
///
/// ```
/// analysis.assay:3:14: error: unknown command 'fitler' [parse.unknown-stage]
/// 3 | load a.txt | fitler tag == "hedge"
///   |              ^^^^^^ did you mean 'filter'?
/// ```
public struct DiagnosticRenderer: Sendable {
  public var colour: Bool

  public init(colour: Bool = false) { self.colour = colour }

  /// One line `place: severity: message [code]`, the form every error starts with.
  public func headline(_ d: Diagnostic) -> String {
    let place = d.span.map { "\($0): " } ?? ""
    let severity = paint(d.severity.rawValue, d.severity == .error ? "31" : "33")
    return "\(place)\(severity): \(d.message.text) [\(d.code)]"
  }

  /// The headline, then the source line with a caret under the span, then any notes.
  public func render(_ d: Diagnostic) -> String {
    var lines = [headline(d)]
    if let span = d.span, let source = d.sourceLine {
      let gutter = String(span.line)
      let pad = String(repeating: " ", count: gutter.count)
      lines.append("\(gutter) | \(source)")
      let leading = String(repeating: " ", count: max(span.column - 1, 0))
      let caret = paint(String(repeating: "^", count: span.length), "31")
      let help = d.help.map { " \($0)" } ?? ""
      lines.append("\(pad) | \(leading)\(caret)\(help)")
    } else if let help = d.help {
      lines.append("help: \(help)")
    }
    lines += d.notes.map { "note: \($0)" }
    return lines.joined(separator: "\n")
  }

  private func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
