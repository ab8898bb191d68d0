import Diagnostics
import Foundation
import Testing

@testable import CorpusLoading

/// A fresh temporary folder, removed when the test ends.
final class TempFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "assay-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  func write(_ name: String, _ text: String) throws { try write(name, Array(text.utf8)) }

  func write(_ name: String, _ bytes: [UInt8]) throws {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
  }
}

private func code(of body: () throws -> Corpus) -> String? {
  do {
    _ = try body()
    return nil
  } catch let d as Diagnostic {
    return d.code
  } catch {
    return "other"
  }
}

@Test func missingFolderIsAnError() throws {
  let temp = try TempFolder()
  #expect(
    code { try CorpusLoader.load(directory: temp.url.appendingPathComponent("nope")) }
      == "load.missing-folder")
}

@Test func fileInsteadOfFolderIsAnError() throws {
  let temp = try TempFolder()
  try temp.write("a.txt", "It is likely.")
  #expect(
    code { try CorpusLoader.load(directory: temp.url.appendingPathComponent("a.txt")) }
      == "load.not-a-folder")
}

@Test func folderWithoutDocumentsIsAnError() throws {
  let temp = try TempFolder()
  try temp.write("notes.pdf", "x")
  try temp.write(".assay/hidden.txt", "Hidden text.")
  #expect(code { try CorpusLoader.load(directory: temp.url) } == "load.no-documents")
}

@Test func badFilesAreSkippedWithWarningsAndOthersLoad() throws {
  let temp = try TempFolder()
  try temp.write("a empty.txt", "")
  try temp.write("b binary.txt", [0x48, 0x00, 0x49])
  try temp.write("c bad utf8.txt", Array("It is likely ".utf8) + [0xFF] + Array(" so.".utf8))
  try temp.write("d good.md", "It is possible.")
  try temp.write("sub/e nested.txt", "Probably so.")
  try temp.write(".assay/skip.txt", "Never loaded.")
  let corpus = try CorpusLoader.load(directory: temp.url)
  #expect(corpus.documents.map(\.id) == ["c-bad-utf8", "d-good", "e-nested"])
  #expect(corpus.documents.allSatisfy { $0.metadata.year == nil })
  let codes = corpus.warnings.map(\.code)
  #expect(codes == ["load.empty-file", "load.binary-file", "load.invalid-utf8"])
  let utf8 = try #require(corpus.warnings.last)
  #expect(utf8.message.text.contains("c bad utf8.txt"))
  #expect(utf8.message.text.contains("offset 13"))
  #expect(utf8.span?.line == 1)
  #expect(utf8.span?.column == 14)
  #expect(corpus.document("c-bad-utf8")?.claims.first?.text == "It is likely \u{FFFD} so.")
  #expect(corpus.warnings[1].message.text.contains("offset 1"))
}

@Test func tooLargeFileIsRefusedWithoutReadingIt() throws {
  let temp = try TempFolder()
  try temp.write("small.txt", "It is likely.")
  let big = temp.url.appendingPathComponent("big.txt")
  #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
  let handle = try FileHandle(forWritingTo: big)
  try handle.truncate(atOffset: UInt64(200 * 1024 * 1024))
  try handle.close()
  let corpus = try CorpusLoader.load(directory: temp.url)
  #expect(corpus.documents.map(\.id) == ["small"])
  #expect(corpus.warnings.map(\.code) == ["load.too-large"])
}

@Test func manifestGivesMetadataAndMalformedManifestNamesLine() throws {
  let temp = try TempFolder()
  try temp.write("x.txt", "It is likely.")
  try temp.write("manifest.yaml", "documents:\n  - file: x.txt\n    id: my-x\n    year: 1956\n")
  let corpus = try CorpusLoader.load(directory: temp.url)
  #expect(corpus.documents.first?.id == "my-x")
  #expect(corpus.documents.first?.metadata.year == 1956)

  try temp.write("manifest.yaml", "documents:\n  - file: x.txt\n    id: [unclosed\n")
  do {
    _ = try CorpusLoader.load(directory: temp.url)
    Issue.record("expected manifest.invalid")
  } catch let d as Diagnostic {
    #expect(d.code == "manifest.invalid")
    #expect(d.message.text.contains("manifest.yaml:"))
    #expect(d.span?.line != nil, "\(d.message.text)")
  }

  try temp.write("manifest.yaml", "documents:\n  - file: x.txt\n    year: nineteen\n")
  do {
    _ = try CorpusLoader.load(directory: temp.url)
    Issue.record("expected manifest.invalid")
  } catch let d as Diagnostic {
    #expect(d.code == "manifest.invalid")
    #expect(d.span?.line == 2 || d.span?.line == 3)
  }
}

@Test func frontMatterGivesMetadataAndKeepsLineNumbers() throws {
  let temp = try TempFolder()
  try temp.write("Note One.md", "---\nid: fm-note\nyear: 1953\n---\nIt is likely.\n")
  let corpus = try CorpusLoader.load(directory: temp.url)
  let doc = try #require(corpus.documents.first)
  #expect(doc.id == "fm-note")
  #expect(doc.metadata.year == 1953)
  #expect(doc.claims.first?.line == 5)
  #expect(doc.claims.map(\.text) == ["It is likely."])
}

@Test func hostileInputNeverCrashes() {
  let inputs = [
    "~~", "^{", "*", "**", "* ", "(", "(a)", "1.", "- ", "[1: x", "[footnoteRef:", "...", "…",
    "~~SECRET~~~~", "*a\n\n*", "\u{0}\u{1}", String(repeating: "(", count: 3000) + ".",
    String(repeating: "a. ", count: 500), "THE X\n\nTHE X\n\nTHE X",
  ]
  for input in inputs {
    let doc = DocumentParser.parse(text: input, metadata: DocumentMetadata(id: "h"), path: "h")
    #expect(doc.claims.allSatisfy { !$0.text.isEmpty })
  }
  let doc = DocumentParser.parse(
    bytes: [0xC3, 0x28, 0xE2, 0x82], metadata: DocumentMetadata(id: "b"), path: "b")
  #expect(doc.warnings.map(\.code) == ["load.invalid-utf8"])
}

@Test func pipesAreIgnoredAndSymlinksFollowed() throws {
  let temp = try TempFolder()
  try temp.write("real.txt", "It is likely.")
  #expect(mkfifo(temp.url.appendingPathComponent("pipe.txt").path, 0o644) == 0)
  try FileManager.default.createSymbolicLink(
    atPath: temp.url.appendingPathComponent("link.txt").path,
    withDestinationPath: temp.url.appendingPathComponent("real.txt").path)
  let corpus = try CorpusLoader.load(directory: temp.url)
  #expect(corpus.documents.map(\.id) == ["link", "real"])
}
