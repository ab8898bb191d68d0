import Foundation
import Testing

/// Every notebook in the top-level `Notebooks/` folder must be up to date: its stored outputs
/// are what `assay notebook run` writes now (on a fresh project, UTF-8 terminal).
@Suite struct NotebookCheckTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Notebooks")

  static var notebooks: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".md") }.sorted()
  }

  @Test func thereAreTheTwoNotebooks() {
    #expect(
      Self.notebooks == [
        "confidence-language-1937-1957.md", "two-drafts-of-the-1957-memorandum.md",
      ])
  }

  @Test(arguments: notebooks)
  func notebookIsCurrent(name: String) throws {
    let path = Self.folder.appendingPathComponent(name).path
    let result = try AssayProcess.run(
      ["notebook", "check", path], environment: ["LANG": "C.UTF-8"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }
}
