import Diagnostics
import Foundation

extension Diagnostic.Message {
  fileprivate static let noteUsage: Self = "usage: note CLAIM-ID [CLAIM-ID ...] \"text\""
}

/// `note CLAIM-ID "text"`: sets a claim's note (an empty text clears it).
public struct NoteCommand: ShellCommand {
  let annotator: ClaimAnnotator

  public init(annotator: ClaimAnnotator) { self.annotator = annotator }

  public var name: String { "note" }
  public var usage: String { "note CLAIM-ID [CLAIM-ID ...] \"text\"" }
  public var summary: String { "Write a note on claims; \"\" clears it." }

  public func run(arguments: String, context: ShellContext) throws -> String {
    let words = try CommandWords.split(arguments)
    guard let last = words.last, last.quoted, words.count >= 2 else {
      throw Diagnostic(code: "shell.usage", .noteUsage)
    }
    let store = try annotator.writable()
    let ids = words.dropLast().map(\.text)
    let summary = try store.note(
      try annotator.claims(ids), text: last.text,
      commandText: "note " + arguments.trimmingCharacters(in: .whitespaces))
    return summary.description
  }
}
