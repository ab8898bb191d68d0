import Foundation
import Testing

/// Runs every `Golden/*.assay` with `assay run` on the bundled corpus and compares standard
/// output, standard error and the exit status with `Golden/NAME.out`. `RECORD_SNAPSHOTS=1` rewrites the files.
@Suite struct GoldenScriptTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden")

  static var scripts: [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".assay") }.sorted()
  }

  @Test(arguments: scripts)
  func scriptMatchesGolden(name: String) throws {
    let script = Self.folder.appendingPathComponent(name)
    // A first line `# args: ...` passes extra arguments, such as `--set year=1953`.
    let text = try String(contentsOf: script, encoding: .utf8)
    let extra = text.split(separator: "\n").first.flatMap { line in
      line.hasPrefix("# args:") ? line.dropFirst("# args:".count).split(separator: " ").map(String.init) : nil
    } ?? []
    let result = try AssayProcess.run(
      ["run", script.path] + extra, environment: ["COLUMNS": "100"])
    let actual = result.stdout + result.stderr.replacingOccurrences(of: Self.folder.path + "/", with: "")
      + "# exit \(result.status)\n"
    let golden = script.deletingPathExtension().appendingPathExtension("out")
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try Data(actual.utf8).write(to: golden)
      return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(actual == expected, "\(name): run with RECORD_SNAPSHOTS=1 to accept a change")
  }
}
