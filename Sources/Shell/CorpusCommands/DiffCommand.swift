import Analysis
import ClaimTable
import Diagnostics
import Foundation
import LineEditing
import PipeLang

extension Diagnostic.Message {
  fileprivate static let diffUsage: Self = "diff needs a document id, such as 1957-cia"
  fileprivate static func noDocument(_ id: String) -> Self { "no document '\(id)'" }
  fileprivate static func oneVersion(_ id: String) -> Self {
    "'\(id)' has only one version: nothing to diff"
  }
  fileprivate static func noVersion(_ version: String, _ id: String) -> Self {
    "'\(id)' has no version '\(version)'"
  }
}

/// `diff DOC [OLD NEW] [--all]`: two versions of a document aligned sentence by sentence,
/// with word-level changes (`[-old-]{+new+}`); paragraphs that moved are matched and marked.
public struct DiffCommand: ShellCommand {
  let workbench: Workbench

  public init(workbench: Workbench) { self.workbench = workbench }

  public var name: String { "diff" }
  public var usage: String { "diff DOC [OLD NEW] [--all]" }
  public var summary: String {
    "Align two versions of a document sentence by sentence and show word-level edits."
  }

  public func run(arguments: String, context: ShellContext) throws -> String {
    var words = CompareCommand.words(arguments)
    let all = words.contains("--all")
    words.removeAll { $0 == "--all" }
    guard let id = words.first, words.count == 1 || words.count == 3 else {
      throw Diagnostic(code: "diff.usage", .diffUsage, notes: [usage])
    }
    guard let document = workbench.document(id) else {
      throw Diagnostic(
        code: "diff.unknown-document", .noDocument(id),
        notes: ["documents: \(workbench.documentIDs.joined(separator: ", "))"],
        help: Suggest.nearest(id, in: workbench.documentIDs).map { "did you mean '\($0)'?" })
    }
    let versions = document.versions.map(\.id)
    guard versions.count >= 2 else { throw Diagnostic(code: "diff.one-version", .oneVersion(id)) }
    let old: String
    let new: String
    if words.count == 3 {
      (old, new) = (words[1], words[2])
    } else {
      let drafts = versions.filter { $0.count == 1 && $0.first?.isLetter == true }
      let pair = drafts.count >= 2 ? drafts : versions
      (old, new) = (pair[pair.count - 2], pair[pair.count - 1])
    }
    for version in [old, new] where !versions.contains(version) {
      throw Diagnostic(
        code: "diff.unknown-version", .noVersion(version, id),
        notes: ["versions: \(versions.joined(separator: ", "))"],
        help: Suggest.nearest(version, in: versions).map { "did you mean '\($0)'?" })
    }
    guard let diff = VersionDiff(document, old: old, new: new) else {
      throw Diagnostic(code: "diff.unknown-version", .noVersion(old, id))
    }
    return VersionDiffReport(width: Terminal.width, showSame: all).render(diff)
  }
}
