/// A place in a named text: file (or `<stdin>`, `<command>`), 1-based line and column, and length.
///
/// Columns count Unicode scalars, so a caret drawn under the line lands on the right character.
public struct SourceSpan: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var length: Int

  public init(file: String, line: Int, column: Int, length: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
    self.length = max(length, 1)
  }

  /// `file:line:col`, the form editors and terminals recognise.
  public var description: String { "\(file):\(line):\(column)" }
}
