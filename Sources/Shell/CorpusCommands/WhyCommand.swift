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
///
/// Hand annotations follow: each override with the automatic value it replaces, who set it
/// and when, and the claim's tags and note.
public struct WhyCommand: ShellCommand {
  let workbench: Workbench
  let annotator: ClaimAnnotator?

  public init(workbench: Workbench, annotator: ClaimAnnotator? = nil) {
    self.workbench = workbench
    self.annotator = annotator
  }

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
    return WhyReport.render(claim) + handAnnotations(claim)
  }

  private func handAnnotations(_ claim: TaggedClaim) -> String {
    guard let annotator, let records = try? annotator.records() else { return "" }
    let mine = records.filter { $0.claimID == claim.id && $0.status == .active }
    guard !mine.isEmpty else { return "\nhand annotations: none" }
    let automatic: [String: String] = [
      "level": claim.tags.level.rawValue, "source": claim.tags.source.name,
      "source_kind": claim.tags.source.kind.rawValue,
    ]
    var lines = ["", "hand annotations:"]
    for record in mine {
      let what: String
      switch record.kind {
      case .tag: what = "tag +\(record.value)"
      case .note: what = "note \"\(record.value)\""
      case .override:
        what = "\(record.field) = \(record.value) (automatic: \(automatic[record.field] ?? "?"))"
      }
      lines.append("  \(what)  ← \(record.author), \(record.createdAt)")
    }
    return lines.joined(separator: "\n")
  }
}
