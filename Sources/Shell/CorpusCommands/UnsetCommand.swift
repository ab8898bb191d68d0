import Diagnostics
import Foundation

extension Diagnostic.Message {
  fileprivate static let unsetUsage: Self =
    "usage: unset CLAIM-ID [CLAIM-ID ...] level|source|source_kind"
}

/// `unset CLAIM-ID level`: drops a hand override, so the automatic value shows again.
public struct UnsetCommand: ShellCommand {
  let annotator: ClaimAnnotator

  public init(annotator: ClaimAnnotator) { self.annotator = annotator }

  public var name: String { "unset" }
  public var usage: String { "unset CLAIM-ID [CLAIM-ID ...] FIELD" }
  public var summary: String { "Remove a hand override; the automatic value shows again." }

  public func run(arguments: String, context: ShellContext) throws -> String {
    let words = try CommandWords.split(arguments)
    guard words.count >= 2, let field = words.last else {
      throw Diagnostic(code: "shell.usage", .unsetUsage)
    }
    let store = try annotator.writable()
    let summary = try store.unset(
      try annotator.claims(words.dropLast().map(\.text)), field: field.text,
      commandText: "unset " + arguments.trimmingCharacters(in: .whitespaces))
    return summary.description
  }
}
