/// Reads lines from standard input without prompts or editing: for pipes and redirected files
/// (`echo docs | assay`).
public final class PlainLineReader: LineReader {
  public var completer: Completer?
  public let isInteractive = false

  public init() {}

  public func readLine(prompt: String) -> ReadResult {
    guard let line = Swift.readLine(strippingNewline: true) else { return .eof }
    return .line(line)
  }

  public func addHistory(_ entry: String) {}
}
