import Analysis
import ClaimTable
import Diagnostics
import Foundation
import PipeLang

extension Diagnostic.Message {
  fileprivate static let keynessUsage: Self = "keyness needs a year or a document id"
  fileprivate static func unknownPart(_ name: String) -> Self {
    "no year or document '\(name)' in the corpus"
  }
  fileprivate static func badTop(_ text: String) -> Self { "'\(text)' is not a positive number" }
  fileprivate static func noReference(_ name: String) -> Self {
    "'\(name)' is the whole corpus: nothing left to compare against"
  }
}

/// `keyness YEAR|DOC [N] [--stop]`: the words and confidence cues most over- or under-used in
/// that part of the corpus against the rest, by log-likelihood G².
public struct KeynessCommand: ShellCommand {
  let workbench: Workbench

  public init(workbench: Workbench) { self.workbench = workbench }

  public var name: String { "keyness" }
  public var usage: String { "keyness YEAR|DOC [N] [--stop]" }
  public var summary: String {
    "Words and cues a year or document over- or under-uses against the rest (G2, top 20)."
  }

  public func run(arguments: String, context: ShellContext) throws -> String {
    var words = CompareCommand.words(arguments)
    let stop = words.contains("--stop")
    words.removeAll { $0 == "--stop" }
    guard let part = words.first, words.count <= 2 else {
      throw Diagnostic(code: "keyness.usage", .keynessUsage, notes: [usage])
    }
    var top = 20
    if words.count == 2 {
      guard let n = Int(words[1]), n > 0 else {
        throw Diagnostic(code: "keyness.bad-number", .badTop(words[1]), notes: [usage])
      }
      top = n
    }
    let inPart: (TaggedClaim) -> Bool
    if let year = Int(part), workbench.claims.contains(where: { $0.document.year == year }) {
      inPart = { $0.document.year == year }
    } else if workbench.document(part) != nil {
      inPart = { $0.claim.docID == part }
    } else {
      let years = Set(workbench.claims.compactMap { $0.document.year }).sorted().map(String.init)
      let near = Suggest.nearest(part, in: workbench.documentIDs + years)
      throw Diagnostic(
        code: "keyness.unknown-part", .unknownPart(part),
        notes: [
          "years: \(years.joined(separator: ", "))",
          "documents: \(workbench.documentIDs.joined(separator: ", "))",
        ],
        help: near.map { "did you mean '\($0)'?" })
    }
    let target = workbench.claims.filter(inPart)
    let reference = workbench.claims.filter { !inPart($0) }
    guard !reference.isEmpty else {
      throw Diagnostic(code: "keyness.no-reference", .noReference(part))
    }
    let result = Keyness.compute(
      target: target, reference: reference, stopWords: stop ? WordTokenizer.stopWords : [])
    return KeynessReport(top: top).render(result, target: part, reference: "the rest")
  }
}
