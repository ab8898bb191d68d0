import Diagnostics
import Foundation

extension Diagnostic.Message {
  fileprivate static func badRow(_ count: Int) -> Self {
    "expected 6 TAB-separated columns (doc, sentence, level, cues, source-kind, source-name), found \(count)"
  }
  fileprivate static func badValue(_ what: String, _ value: String) -> Self {
    "unknown \(what) '\(value)'"
  }
  fileprivate static func unreadable(_ path: String) -> Self {
    "cannot read labelled file '\(path)'"
  }
}

/// Scores a tagger against a hand-labelled claim file (format in `Evaluation/README.md`).
public enum Evaluation {
  /// One labelled claim.
  public struct Claim: Sendable, Hashable {
    public var doc: String
    public var sentence: String
    public var level: ConfidenceLevel
    public var cues: [String]
    public var sourceKind: SourceKind
    public var sourceName: String
  }

  /// Reads the labelled file, tags each document's claims together with `tagDocument` (each
  /// claim its own paragraph, in file order), and scores the result.
  public static func run(labelled: URL, tagger: ClaimTagger) throws -> EvaluationReport {
    guard let data = FileManager.default.contents(atPath: labelled.path),
      let text = String(data: data, encoding: .utf8)
    else { throw Diagnostic(code: "eval.unreadable", .unreadable(labelled.path)) }
    let claims = try parse(text, file: labelled.lastPathComponent)
    return score(claims, tagger: tagger)
  }

  /// Parses the labelled format; a bad row throws `eval.malformed` naming file and line.
  public static func parse(_ text: String, file: String) throws -> [Claim] {
    var claims: [Claim] = []
    var sawHeader = false
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
      if line.trimmingWhitespace().isEmpty || line.hasPrefix("#") { continue }
      if !sawHeader && line.hasPrefix("doc\t") {
        sawHeader = true
        continue
      }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let span = SourceSpan(file: file, line: index + 1, column: 1, length: line.count)
      func fail(_ message: Diagnostic.Message) -> Diagnostic {
        Diagnostic(code: "eval.malformed", message, span: span, sourceLine: line)
      }
      guard fields.count == 6 else { throw fail(.badRow(fields.count)) }
      guard let level = ConfidenceLevel(rawValue: fields[2]) else {
        throw fail(.badValue("level", fields[2]))
      }
      guard let kind = SourceKind(rawValue: fields[4]) else {
        throw fail(.badValue("source kind", fields[4]))
      }
      let cues = fields[3].split(separator: ";").map { $0.trimmingWhitespace() }.filter {
        !$0.isEmpty
      }
      claims.append(
        Claim(
          doc: fields[0], sentence: fields[1], level: level, cues: cues, sourceKind: kind,
          sourceName: fields[5]))
    }
    return claims
  }

  /// Tags the claims document by document and compares with the gold labels.
  public static func score(_ claims: [Claim], tagger: ClaimTagger) -> EvaluationReport {
    var order: [String] = []
    var byDoc: [String: [Int]] = [:]
    for (index, claim) in claims.enumerated() {
      if byDoc[claim.doc] == nil { order.append(claim.doc) }
      byDoc[claim.doc, default: []].append(index)
    }
    var predicted = [ClaimTags](repeating: ClaimTags(), count: claims.count)
    for doc in order {
      let indices = byDoc[doc] ?? []
      let tagged = tagger.tagDocument(indices.map { [claims[$0].sentence] })
      for (index, tags) in zip(indices, tagged) { predicted[index] = tags.first ?? ClaimTags() }
    }
    return EvaluationReport(claims: claims, predicted: predicted)
  }
}
