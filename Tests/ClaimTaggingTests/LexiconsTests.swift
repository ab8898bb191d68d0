import ClaimTagging
import Diagnostics
import Foundation
import Testing

@Suite struct LexiconsTests {
  @Test func bundledLexiconsLoadEveryKind() throws {
    let lexicons = try Lexicons.bundled()
    let kinds = Set(lexicons.entries.map(\.kind))
    #expect(kinds == Set(LexiconEntry.Kind.allCases))
    let presumption = lexicons.entries.first { $0.phrase == "there is a fair presumption" }
    #expect(presumption?.value == "likely")
    #expect(presumption?.file == "confidence.tsv")
  }

  @Test func alternativesExpandToEveryForm() throws {
    let lexicons = try Lexicons.bundled()
    let forms = lexicons.entries.filter { $0.kind == .confidence && $0.phrase.hasSuffix(" to") }
      .map(\.phrase)
    #expect(forms.contains("appear to"))
    #expect(forms.contains("appears to"))
    #expect(forms.contains("appeared to"))
  }

  @Test func userEntriesExtendAndOverrideBuiltIns() throws {
    guard let builtIn = BundledLexiconsFolder.url else {
      Issue.record("no bundled lexicon folder")
      return
    }
    let folder = try temporaryFolder()
    try "# user cues\nit stands to reason\tlikely\nprobably\tvery-likely\n".write(
      to: folder.appendingPathComponent("confidence.tsv"), atomically: true, encoding: .utf8)
    try "[entities]\nuncle joe\tStalin\tperson\n".write(
      to: folder.appendingPathComponent("mine.txt"), atomically: true, encoding: .utf8)
    let lexicons = try Lexicons.load(builtIn: builtIn, user: folder)
    let tagger = ClaimTagger(lexicons: lexicons)
    #expect(tagger.tag("It stands to reason that Molotov fell.").level == .likely)
    #expect(tagger.tag("Molotov probably fell.").level == .veryLikely)
    #expect(tagger.tag("Uncle Joe's men arrived.").entities.map(\.name) == ["Stalin"])
    let overridden = lexicons.entries.filter { $0.kind == .confidence && $0.phrase == "probably" }
    #expect(overridden.count == 1)
    #expect(overridden.first?.line == 3)
  }

  @Test(arguments: [
    ("probably\tlikelyish\n", 1, "unknown level 'likelyish'"),
    ("# header\n\nprobably\n", 3, "expected 2-3 TAB-separated columns, found 1"),
    ("{seem|seems to\tlikely\n", 1, "unbalanced '{' or '}' in '{seem|seems to'"),
    ("perhaps\tpossible\tsometimes\n", 1, "unknown flag 'sometimes'"),
  ])
  func malformedEntryNamesFileAndLine(text: String, line: Int, reason: String) throws {
    guard let builtIn = BundledLexiconsFolder.url else {
      Issue.record("no bundled lexicon folder")
      return
    }
    let file = try temporaryFolder().appendingPathComponent("confidence.tsv")
    try text.write(to: file, atomically: true, encoding: .utf8)
    let error = #expect(throws: Diagnostic.self) {
      try Lexicons.load(builtIn: builtIn, user: file)
    }
    #expect(error?.code == "lexicon.malformed")
    #expect(error?.span?.file == file.path)
    #expect(error?.span?.line == line)
    #expect(error?.message.text == "malformed lexicon entry: \(reason)")
  }

  @Test func userFileWithoutKindIsRejected() throws {
    guard let builtIn = BundledLexiconsFolder.url else {
      Issue.record("no bundled lexicon folder")
      return
    }
    let file = try temporaryFolder().appendingPathComponent("extra.tsv")
    try "maybe so\tpossible\n".write(to: file, atomically: true, encoding: .utf8)
    let error = #expect(throws: Diagnostic.self) {
      try Lexicons.load(builtIn: builtIn, user: file)
    }
    #expect(error?.code == "lexicon.malformed")
    #expect(error?.span?.line == 1)
  }

  @Test func missingUserFileIsUnreadable() throws {
    guard let builtIn = BundledLexiconsFolder.url else {
      Issue.record("no bundled lexicon folder")
      return
    }
    let error = #expect(throws: Diagnostic.self) {
      try Lexicons.load(builtIn: builtIn, user: URL(fileURLWithPath: "/nonexistent/cues.tsv"))
    }
    #expect(error?.code == "lexicon.unreadable")
  }
}

/// The built-in data folder, read from the repository so tests need no bundle lookup.
enum BundledLexiconsFolder {
  static var url: URL? {
    let url = repositoryRoot.appendingPathComponent("Lexicons/data")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }
}
