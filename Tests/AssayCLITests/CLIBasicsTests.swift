import Foundation
import Testing

@Suite(.serialized) struct CLIBasicsTests {
  @Test func versionAndHelp() throws {
    let version = try AssayProcess.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    let help = try AssayProcess.run(["--help"])
    #expect(help.status == 0)
    for word in ["run", "export", "eval", "--corpus"] {
      #expect(help.stdout.contains(word), "help lacks \(word)")
    }
  }

  @Test func pipedDocsListsTheBundledCorpusFromAnyFolder() throws {
    let elsewhere = AssayProcess.temporaryFolder()
    let result = try AssayProcess.run([], stdin: "docs\n", in: elsewhere)
    #expect(result.status == 0, "stderr: \(result.stderr)")
    for id in ["1937-henderson", "1953-uk-beria", "1953-belgian", "1957-cia", "blog-beria"] {
      #expect(result.stdout.contains(id), "docs lacks \(id)")
    }
    #expect(!result.stdout.contains("assay>"), "no prompt when stdin is not a terminal")
  }

  @Test func missingCorpusFolderIsOneLineAndNonZero() throws {
    let result = try AssayProcess.run(["--corpus", "/no/such/folder"], stdin: "docs\n")
    #expect(result.status != 0)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1)
    #expect(result.stderr.contains("/no/such/folder"))
  }

  @Test func emptyFolderSaysNoDocuments() throws {
    let empty = AssayProcess.temporaryFolder()
    let result = try AssayProcess.run(["--corpus", empty.path], stdin: "docs\n")
    #expect(result.status != 0)
    #expect(result.stderr.contains("load.no-documents"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func badFilesAreReportedAndTheRestLoads() throws {
    let folder = AssayProcess.temporaryFolder()
    let good =
      "It is likely that the Army will stay loyal. We cannot tell how things may develop.\n"
    try Data(good.utf8).write(to: folder.appendingPathComponent("good.txt"))
    try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]).write(
      to: folder.appendingPathComponent("archive.txt"))
    try Data("Broken \u{FF}".utf8.map { $0 } + [0xC3, 0x28] + Array(" text.\n".utf8))
      .write(to: folder.appendingPathComponent("broken.txt"))
    try Data().write(to: folder.appendingPathComponent("empty.md"))
    let result = try AssayProcess.run(["--corpus", folder.path], stdin: "docs\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(result.stdout.contains("good"))
    #expect(result.stdout.contains("broken"))
    #expect(result.stderr.contains("archive.txt"))
    #expect(result.stderr.contains("empty.md"))
    #expect(result.stderr.contains("broken.txt"))
    for line in result.stderr.split(separator: "\n") {
      #expect(line.hasPrefix("/") || line.contains(": warning:"), "one-line warning: \(line)")
    }
  }
}
