import Analysis
import ClaimTable
import Diagnostics
import Foundation
import LineEditing
import PipeLang

extension Diagnostic.Message {
  fileprivate static let compareUsage: Self =
    "compare needs COLUMN by COLUMN, topic TOPIC or entity NAME"
  fileprivate static func unknownColumn(_ name: String) -> Self {
    "compare cannot count by '\(name)'"
  }
  fileprivate static func unknownTopic(_ name: String) -> Self { "no topic '\(name)'" }
  fileprivate static func unknownEntity(_ name: String) -> Self {
    "no entity '\(name)' in the corpus"
  }
}

/// `compare level by year` (any column by any other): counts, row percentages and each row's
/// mean ICD 203 probability drawn as bars. `compare topic TOPIC` / `compare entity NAME`: the
/// claims on that subject side by side, one column per year.
public struct CompareCommand: ShellCommand {
  let workbench: Workbench
  /// Hand overrides and labels count as the claim table shows them; nil without a project.
  let annotator: ClaimAnnotator?

  public init(workbench: Workbench, annotator: ClaimAnnotator? = nil) {
    self.workbench = workbench
    self.annotator = annotator
  }

  private var claims: [TaggedClaim] {
    annotator?.effective(workbench.claims) ?? workbench.claims
  }

  public var name: String { "compare" }
  public var usage: String {
    "compare COLUMN by COLUMN | compare topic|entity NAME [--all-versions]"
  }
  public var summary: String {
    "Cross-tabulate claims (level by year) with bars, or one subject's claims side by side by year."
  }

  public func run(arguments: String, context: ShellContext) throws -> String {
    var words = Self.words(arguments)
    let allVersions = words.contains("--all-versions")
    words.removeAll { $0 == "--all-versions" }
    guard let first = words.first else {
      throw Diagnostic(code: "compare.usage", .compareUsage, notes: [usage])
    }
    let key = first.lowercased()
    if words.count >= 2, words[1].lowercased() != "by", key == "topic" || key == "entity" {
      let subject = words.dropFirst().joined(separator: " ")
      return try sideBySide(key, subject, allVersions: allVersions)
    }
    let rows: String
    switch words.count {
    case 1: rows = "year"
    case 3 where words[1].lowercased() == "by": rows = words[2]
    default: throw Diagnostic(code: "compare.usage", .compareUsage, notes: [usage])
    }
    let tab = CrossTab(claims, columns: try dimension(first), rows: try dimension(rows))
    let ascii = !BarChart.canDrawBlocks(environment: ProcessInfo.processInfo.environment)
    return CrossTabReport(width: Terminal.width, ascii: ascii).render(tab)
  }

  private func dimension(_ name: String) throws -> ClaimDimension {
    if let d = ClaimDimension(named: name) { return d }
    let near = Suggest.nearest(name, in: ClaimDimension.allNames)
    throw Diagnostic(
      code: "compare.unknown-column", .unknownColumn(name),
      notes: ["columns: \(ClaimDimension.allCases.map(\.rawValue).joined(separator: ", "))"],
      help: near.map { "did you mean '\($0)'?" })
  }

  private func sideBySide(_ kind: String, _ subject: String, allVersions: Bool) throws -> String {
    let claims =
      allVersions ? self.claims : Subject.finalDrafts(self.claims, corpus: workbench.corpus)
    let selected: [TaggedClaim]
    let title: String
    if kind == "topic" {
      guard let topic = Subject.topic(subject) else {
        let names = Subject.topicNames
        throw Diagnostic(
          code: "compare.unknown-topic", .unknownTopic(subject),
          notes: ["topics: \(names.joined(separator: ", "))"],
          help: (Suggest.nearest(subject, in: names)
            ?? names.first { $0.contains(subject.lowercased()) }).map { "did you mean '\($0)'?" })
      }
      selected = claims.filter { $0.tags.topics.contains { $0.topic == topic } }
      title = "topic \(topic.rawValue)"
    } else {
      guard let entity = Subject.entity(subject, in: workbench.claims) else {
        let near = Suggest.nearest(subject, in: Subject.entityNames(in: workbench.claims))
        throw Diagnostic(
          code: "compare.unknown-entity", .unknownEntity(subject),
          help: near.map { "did you mean '\($0)'?" })
      }
      selected = claims.filter { $0.tags.entityNames.contains(entity) }
      title = "entity \(entity)"
    }
    let note = allVersions ? "" : " (earlier drafts left out; --all-versions keeps them)"
    return SideBySide(width: Terminal.width).render(
      title: title + note, groups: SideBySide.byYear(selected))
  }

  /// Splits arguments at spaces, keeping "double-quoted phrases" whole.
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quoted = false
    for ch in text {
      if ch == "\"" {
        quoted.toggle()
      } else if ch == " " && !quoted {
        if !current.isEmpty { words.append(current) }
        current = ""
      } else {
        current.append(ch)
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
