/// What reading one line gave.
public enum ReadResult: Sendable, Equatable {
  case line(String)
  /// Ctrl-C: drop the current input and prompt again.
  case interrupted
  /// Ctrl-D on an empty line, or the end of piped input.
  case eof
}

/// A completion answer: how many characters before the cursor to replace, and the candidates.
public struct Completion: Sendable, Equatable {
  /// Length in characters of the word being completed (it ends at the cursor).
  public var wordLength: Int
  public var candidates: [String]

  public init(wordLength: Int, candidates: [String]) {
    self.wordLength = wordLength
    self.candidates = candidates
  }

  /// The longest prefix shared by every candidate.
  public var commonPrefix: String {
    guard var prefix = candidates.first else { return "" }
    for c in candidates.dropFirst() {
      while !c.hasPrefix(prefix) { prefix.removeLast() }
    }
    return prefix
  }
}

/// Given the text before the cursor, what could complete it.
public typealias Completer = (_ textBeforeCursor: String) -> Completion

/// Where the shell gets its lines: libedit on a terminal, plain stdin when piped, a script in
/// tests.
public protocol LineReader: AnyObject {
  /// Shows `prompt` (if interactive) and reads one line, without its newline.
  func readLine(prompt: String) -> ReadResult
  /// Remembers an entry for Up/Down and the history file.
  func addHistory(_ entry: String)
  /// Called on Tab.
  var completer: Completer? { get set }
  /// True when lines come from a person at a terminal (prompts and colour make sense).
  var isInteractive: Bool { get }
}
