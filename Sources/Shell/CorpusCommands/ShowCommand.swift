import ClaimTable
import Diagnostics
import Foundation
import PipeLang

extension Diagnostic.Message {
  fileprivate static func nothingNamed(_ id: String) -> Self {
    "no document, version or claim '\(id)'"
  }
  fileprivate static let showUsage: Self = "show needs a document, version or claim id"
}

/// `show DOC[/VERSION]` prints a document's paragraphs with their labels;
/// `show CLAIM-ID` prints one claim with its place and tags.
public struct ShowCommand: ShellCommand {
  let workbench: Workbench

  public init(workbench: Workbench) { self.workbench = workbench }

  public var name: String { "show" }
  public var usage: String { "show DOC[/VERSION] | show CLAIM-ID" }
  public var summary: String { "Show a document's paragraphs with their labels, or one claim." }

  public func run(arguments: String, context: ShellContext) throws -> String {
    let id = arguments.trimmingCharacters(in: .whitespaces)
    guard !id.isEmpty else { throw Diagnostic(code: "shell.usage", .showUsage) }
    if let document = workbench.document(id) { return DocumentView.render(document) }
    if let claim = workbench.claim(id) { return ClaimCard.render(claim) }
    let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
    if parts.count == 2, let document = workbench.document(parts[0]),
      document.versions.contains(where: { $0.id == parts[1] })
    {
      return DocumentView.render(document, version: parts[1])
    }
    let candidates = workbench.documentIDs + workbench.claims.map(\.id)
    let near = Suggest.nearest(id, in: candidates)
    throw Diagnostic(
      code: "shell.not-found", .nothingNamed(id), help: near.map { "did you mean '\($0)'?" })
  }
}
