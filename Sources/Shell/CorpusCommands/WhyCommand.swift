import ClaimTable
import Diagnostics
import Foundation
import PipeLang

extension Diagnostic.Message {
  fileprivate static func noClaim(_ id: String) -> Self { "no claim '\(id)'" }
  fileprivate static let whyUsage: Self = "why needs a claim id, such as 1953-uk-beria/2.2"
}

/// `why CLAIM-ID`: each cue, source phrase, entity and topic of a claim, with its span and the
/// lexicon entry (file:line) that produced it.
public struct WhyCommand: ShellCommand {
  let workbench: Workbench

  public init(workbench: Workbench) { self.workbench = workbench }

  public var name: String { "why" }
  public var usage: String { "why CLAIM-ID" }
  public var summary: String { "Explain a claim's tags: cue, place in the text, lexicon entry." }

  public func run(arguments: String, context: ShellContext) throws -> String {
    let id = arguments.trimmingCharacters(in: .whitespaces)
    guard !id.isEmpty else { throw Diagnostic(code: "shell.usage", .whyUsage) }
    guard let claim = workbench.claim(id) else {
      let near = Suggest.nearest(id, in: workbench.claims.map(\.id))
      throw Diagnostic(
        code: "shell.not-found", .noClaim(id), help: near.map { "did you mean '\($0)'?" })
    }
    return WhyReport.render(claim)
  }
}
