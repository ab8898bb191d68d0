import Diagnostics
import Foundation

extension Diagnostic.Message {
  fileprivate static let setUsage: Self =
    "usage: set CLAIM-ID [CLAIM-ID ...] level=LEVEL | source=\"NAME\" | source_kind=KIND"
}

/// `set CLAIM-ID level=likely`: overrides an automatic value; the automatic one is kept and
/// shown beside it (`level_auto`, and in `why`).
public struct SetCommand: ShellCommand {
  let annotator: ClaimAnnotator

  public init(annotator: ClaimAnnotator) { self.annotator = annotator }

  public var name: String { "set" }
  public var usage: String { "set CLAIM-ID [CLAIM-ID ...] FIELD=VALUE" }
  public var summary: String {
    "Override a claim's level, source or source_kind by hand (the automatic value is kept)."
  }

  public func run(arguments: String, context: ShellContext) throws -> String {
    let words = try CommandWords.split(arguments)
    guard words.count >= 2, let assignment = words.last,
      let equals = assignment.text.firstIndex(of: "=")
    else { throw Diagnostic(code: "shell.usage", .setUsage) }
    let store = try annotator.writable()
    let field = String(assignment.text[..<equals])
    let value = String(assignment.text[assignment.text.index(after: equals)...])
    let summary = try store.set(
      try annotator.claims(words.dropLast().map(\.text)), field: field, value: value,
      commandText: "set " + arguments.trimmingCharacters(in: .whitespaces))
    return summary.description
  }
}
