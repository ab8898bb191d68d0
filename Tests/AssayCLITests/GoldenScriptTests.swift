import Foundation
import Testing

/// Runs every `Golden/*.assay`, and every saved analysis in the top-level `Scripts/`, with
/// `assay run` on the bundled corpus (in a fresh folder, with a fresh project file) and compares
/// standard output, standard error and the exit status with `Golden/NAME.out`.
/// `RECORD_SNAPSHOTS=1` rewrites the files.
@Suite struct GoldenScriptTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")
  static let savedAnalyses = folder.deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Scripts")

  static func scripts(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".assay") }.sorted().map {
      folder.appendingPathComponent($0)
    }
  }

  static var all: [String] {
    (scripts(in: folder) + scripts(in: savedAnalyses)).map(\.path)
  }

  @Test(arguments: all)
  func scriptMatchesGolden(path: String) throws {
    let script = URL(fileURLWithPath: path)
    let name = script.lastPathComponent
    // A first line `# args: ...` passes extra arguments, such as `--set year=1953`.
    let text = try String(contentsOf: script, encoding: .utf8)
    let extra =
      text.split(separator: "\n").first.flatMap { line in
        line.hasPrefix("# args:")
          ? line.dropFirst("# args:".count).split(separator: " ").map(String.init) : nil
      } ?? []
    let result = try AssayProcess.run(
      ["run", script.path] + extra, in: AssayProcess.temporaryFolder(),
      environment: ["COLUMNS": "100", "LANG": "C.UTF-8"])
    let actual =
      result.stdout
      + result.stderr.replacingOccurrences(
        of: script.deletingLastPathComponent().path + "/", with: "")
      + "# exit \(result.status)\n"
    let golden = Self.folder.appendingPathComponent(name).deletingPathExtension()
      .appendingPathExtension("out")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try Data(actual.utf8).write(to: golden)
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(actual == expected, "\(name): run with RECORD_SNAPSHOTS=1 to accept a change")
  }
}
