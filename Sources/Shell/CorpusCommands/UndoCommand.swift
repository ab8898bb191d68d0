/// `undo`: reverses this session's last annotation command (the undo itself is recorded).
public struct UndoCommand: ShellCommand {
  let annotator: ClaimAnnotator

  public init(annotator: ClaimAnnotator) { self.annotator = annotator }

  public var name: String { "undo" }
  public var usage: String { "undo" }
  public var summary: String { "Reverse the last annotation command of this session." }

  public func run(arguments: String, context: ShellContext) throws -> String {
    let store = try annotator.writable()
    return try store.undo(session: store.session).description
  }
}
