/// A `LineReader` that plays back prepared input, for tests: no terminal, no libedit.
public final class ScriptedLineReader: LineReader {
  private var inputs: [ReadResult]
  /// Every prompt shown, in order.
  public private(set) var prompts: [String] = []
  /// Every history entry added, in order.
  public private(set) var history: [String] = []
  public var completer: Completer?
  public let isInteractive: Bool

  /// Plays `inputs` in order, then reports end of input.
  public init(_ inputs: [ReadResult], interactive: Bool = true) {
    self.inputs = inputs
    self.isInteractive = interactive
  }

  /// Plays plain lines.
  public convenience init(lines: [String], interactive: Bool = true) {
    self.init(lines.map { .line($0) }, interactive: interactive)
  }

  public func readLine(prompt: String) -> ReadResult {
    prompts.append(prompt)
    return inputs.isEmpty ? .eof : inputs.removeFirst()
  }

  public func addHistory(_ entry: String) { history.append(entry) }
}
