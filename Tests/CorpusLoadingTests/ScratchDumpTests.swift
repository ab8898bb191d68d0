import Foundation
import Testing
@testable import CorpusLoading

@Test func scratchDump() throws {
  let corpus = try CorpusLoader.loadBundled()
  for d in corpus.documents {
    var out = "# \(d.id) versions=\(d.versions.map(\.id)) paragraphs=\(d.paragraphCount) claims=\(d.claimCount)\n"
    for v in d.versions {
      out += "## version \(v.id) title=\(v.title)\n"
      for p in v.paragraphs {
        out += "[\(p.index)] label=\(p.label ?? "-") line=\(p.line) title=\(p.title ?? "-") notes=\(p.noteNumbers)\n"
        for c in p.claims { out += "   \(c.id) L\(c.line): \(c.text)\n" }
        if p.typedText != p.finalText { out += "   TYPED: \(p.typedText)\n" }
      }
    }
    out += "## furniture\n" + d.furniture.map { "  L\($0.line) [\($0.reason.rawValue)] \($0.text)" }.joined(separator: "\n")
    out += "\n## edits\n" + d.edits.map { "  L\($0.line):\($0.column) \($0.kind) '\($0.text)' -> \($0.claimID ?? "nil")" }.joined(separator: "\n")
    out += "\n## notes\n" + d.editorNotes.map { "  \($0.number) \($0.versionID)/\($0.paragraphIndex): \($0.text.prefix(50))" }.joined(separator: "\n")
    out += "\n## wrapper\n" + d.wrapperFields.map { "  \($0.name): \($0.value.prefix(60))" }.joined(separator: "\n")
    try out.write(toFile: "/tmp/corpusdump/\(d.id).txt", atomically: true, encoding: .utf8)
  }
}
