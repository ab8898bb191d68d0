import Foundation
import LineEditing
import PipeLang
import Shell
import Testing

/// A reader that plays a transcript's input lines and echoes each prompt and line to the sink,
/// so the sink ends up holding the whole session as a transcript.
final class EchoingLineReader: LineReader {
  private var lines: [String]
  private let sink: StringSink
  var completer: Completer?
  let isInteractive = true

  init(lines: [String], sink: StringSink) {
    self.lines = lines
    self.sink = sink
  }

  func readLine(prompt: String) -> ReadResult {
    guard !lines.isEmpty else { return .eof }
    let line = lines.removeFirst()
    sink.write(prompt + line + "\n")
    return .line(line)
  }

  func addHistory(_ entry: String) {}
}

/// Golden REPL sessions: lines starting with `assay> ` or `  ...> ` are input, the rest is the
/// expected output. `RECORD_SNAPSHOTS=1` rewrites the files from what the shell printed.
enum TranscriptRunner {
  static let sourceFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Transcripts")

  static func names() -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: sourceFolder.path)) ?? []
    return files.filter { $0.hasSuffix(".txt") }.sorted()
  }

  /// Plays the transcript and returns (expected, actual).
  static func play(_ name: String) throws -> (String, String) {
    let expected = try String(
      contentsOf: sourceFolder.appendingPathComponent(name), encoding: .utf8)
    let inputs = expected.split(separator: "\n", omittingEmptySubsequences: false).compactMap {
      line -> String? in
      for prompt in [Repl.prompt, Repl.continuationPrompt] where line.hasPrefix(prompt) {
        return String(line.dropFirst(prompt.count))
      }
      return nil
    }
    let sink = StringSink()
    let repl = Repl(
      reader: EchoingLineReader(lines: inputs, sink: sink), output: sink,
      interpreter: Interpreter(catalog: SampleCatalog.catalog),
      renderer: TableRenderer(width: 80))
    repl.run()
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
      try sink.text.write(
        to: sourceFolder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return (expected, sink.text)
  }
}

@Test("golden transcripts", arguments: TranscriptRunner.names())
func transcript(_ name: String) throws {
  let (expected, actual) = try TranscriptRunner.play(name)
  #expect(actual == expected)
}

@Test func transcriptsExist() {
  #expect(TranscriptRunner.names().count >= 4)
}
