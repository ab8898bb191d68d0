/// An error or warning as a value: a stable code, a message, and where it happened.
///
/// Only `DiagnosticRenderer` turns these into text; everything else throws or collects them.
public struct Diagnostic: Error, Hashable, Sendable {
  public enum Severity: String, Sendable { case error, warning, note }

  /// A human sentence, declared next to the code that emits it.
  public struct Message: Hashable, Sendable, ExpressibleByStringInterpolation {
    public var text: String
    public init(_ text: String) { self.text = text }
    public init(stringLiteral value: String) { self.text = value }
    public init(stringInterpolation: DefaultStringInterpolation) {
      self.text = String(stringInterpolation: stringInterpolation)
    }
  }

  public var severity: Severity
  /// Stable identifier such as `load.invalid-utf8` or `parse.unexpected-token`.
  public var code: String
  public var message: Message
  public var span: SourceSpan?
  /// The text of the line the span points into, for drawing a caret.
  public var sourceLine: String?
  public var notes: [String]
  /// A short suggestion drawn beside the caret, such as "did you mean 'where'?".
  public var help: String?

  public init(
    _ severity: Severity = .error, code: String, _ message: Message, span: SourceSpan? = nil,
    sourceLine: String? = nil, notes: [String] = [], help: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.message = message
    self.span = span
    self.sourceLine = sourceLine
    self.notes = notes
    self.help = help
  }

  public var isError: Bool { severity == .error }
}
