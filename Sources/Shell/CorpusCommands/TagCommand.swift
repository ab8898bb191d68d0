import Diagnostics
import Foundation

extension Diagnostic.Message {
  fileprivate static let tagUsage: Self = "usage: tag CLAIM-ID [CLAIM-ID ...] +label [-label ...]"
}

/// `tag CLAIM-ID [CLAIM-ID ...] +label [+label ...] [-label]`: adds and removes hand labels.
public struct TagCommand: ShellCommand {
  let annotator: ClaimAnnotator

  public init(annotator: ClaimAnnotator) { self.annotator = annotator }

  public var name: String { "tag" }
  public var usage: String { "tag CLAIM-ID [CLAIM-ID ...] +label [-label ...]" }
  public var summary: String { "Add (+) or remove (-) hand labels on claims." }

  public func run(arguments: String, context: ShellContext) throws -> String {
    let words = try CommandWords.split(arguments)
    let isLabel = { (w: CommandWords.Word) in
      !w.quoted && (w.text.hasPrefix("+") || w.text.hasPrefix("-"))
    }
    let ids = words.prefix { !isLabel($0) }.map(\.text)
    let labels = words.dropFirst(ids.count)
    guard !ids.isEmpty, !labels.isEmpty, labels.allSatisfy(isLabel) else {
      throw Diagnostic(code: "shell.usage", .tagUsage)
    }
    let store = try annotator.writable()
    let add = labels.filter { $0.text.hasPrefix("+") }.map { String($0.text.dropFirst()) }
    let remove = labels.filter { $0.text.hasPrefix("-") }.map { String($0.text.dropFirst()) }
    let summary = try store.tag(
      try annotator.claims(ids), add: add, remove: remove,
      commandText: "tag " + arguments.trimmingCharacters(in: .whitespaces))
    return summary.description
  }
}
