import Foundation
import Testing

@testable import Annotations

/// Runs `AnnotationStress` (built next to the test bundle) and checks that SIGKILL at random
/// moments never loses an acknowledged command nor damages the file.
@Suite(.serialized) final class NeverLostTests {
  let folder: TempFolder

  init() throws {
    folder = try TempFolder()
  }

  deinit { folder.cleanUp() }

  /// The stress binary: `$ASSAY_STRESS_BIN`, or `AnnotationStress` beside the test bundle.
  static func stressBinary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["ASSAY_STRESS_BIN"] {
      return URL(fileURLWithPath: path)
    }
    let candidates =
      [Bundle.main.bundleURL, Bundle.main.executableURL, Bundle.main.bundleURL]
      .compactMap { $0?.deletingLastPathComponent() }
      + [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
    for folder in candidates {
      let url = folder.appendingPathComponent("AnnotationStress")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    Issue.record("AnnotationStress not found; run `swift build --product AnnotationStress`")
    throw CancellationError()
  }

  /// A running stress writer and what it has acknowledged so far.
  final class Writer {
    let process = Process()
    let output = Pipe()
    let errors = Pipe()
    let prefix: String
    var received = Data()

    init(binary: URL, database: URL, prefix: String, count: Int) throws {
      self.prefix = prefix
      process.executableURL = binary
      process.arguments = [database.path, prefix, String(count)]
      process.standardOutput = output
      process.standardError = errors
      try process.run()
    }

    /// Blocks until the first acknowledgement (or the writer's exit).
    func waitForFirstAck() {
      while !received.contains(10) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { return }
        received.append(chunk)
      }
    }

    /// Waits for exit and returns the acknowledged command numbers, checking they run 0, 1, 2….
    func finish() -> Int {
      process.waitUntilExit()
      received.append(output.fileHandleForReading.readDataToEndOfFile())
      let text = String(decoding: received, as: UTF8.self)
      // A line cut by the kill has no newline: it was never acknowledged.
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      for (n, line) in lines.enumerated() {
        #expect(line == "ack \(prefix) \(n)")
      }
      return lines.count
    }

    var stderr: String {
      String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
  }

  /// Opens the file, runs `integrity_check`, and checks every acknowledged command is there.
  ///
  /// Read-only, so checking adds no fsyncs; the next writer's read-write open does the recovery
  /// the shell would do.
  func verify(_ acknowledged: [String: Int]) throws {
    // A kill can land before the writer has created the file: then nothing may be acknowledged.
    guard FileManager.default.fileExists(atPath: folder.database.path) else {
      #expect(acknowledged.values.allSatisfy { $0 == 0 }, "acknowledged writes but no file")
      return
    }
    var options = testOptions(session: "check")
    options.readOnly = true
    let store = AnnotationStore.open(at: folder.database, options: options)
    #expect(store.access == .readOnly)
    #expect(store.problem?.isError == false, "\(store.problem?.message.text ?? "")")
    try store.checkIntegrity()
    let claims = acknowledged.flatMap { StressPlan.claims(prefix: $0.key, count: $0.value) }
    let annotations = try store.annotations(for: claims)
    for (prefix, count) in acknowledged {
      let missing = (0..<count).filter {
        !StressPlan.isPresent($0, prefix: prefix, in: annotations)
      }
      #expect(missing == [], "writer \(prefix) lost acknowledged commands")
    }
    try store.close()
  }

  @Test func sigkillNeverLosesAcknowledgedWrites() throws {
    let binary = try Self.stressBinary()
    var acknowledged: [String: Int] = [:]
    var kills = 0
    for round in 0..<220 {
      // Every fifth round two writers share the file and both are killed.
      let prefixes = round % 5 == 4 ? ["k\(round)", "k\(round)b"] : ["k\(round)"]
      let writers = try prefixes.map {
        try Writer(binary: binary, database: folder.database, prefix: $0, count: 1_000_000)
      }
      // Odd rounds kill mid-stream; even rounds may land during open, recovery or migration.
      if round % 2 == 1 { writers[0].waitForFirstAck() }
      usleep(UInt32.random(in: 5_000...40_000))
      for writer in writers where writer.process.isRunning {
        kill(writer.process.processIdentifier, SIGKILL)
        kills += 1
      }
      for writer in writers {
        acknowledged[writer.prefix] = writer.finish()
        #expect(writer.process.terminationReason == .uncaughtSignal, "\(writer.stderr)")
      }
      try verify(acknowledged)
    }
    #expect(kills >= 250)
    let total = acknowledged.values.reduce(0, +)
    #expect(total >= 300, "too few acknowledged commands to mean anything: \(total)")
  }

  @Test func twoProcessesWriteTheSameFile() throws {
    let binary = try Self.stressBinary()
    let writers = try ["p", "q"].map {
      try Writer(binary: binary, database: folder.database, prefix: $0, count: 400)
    }
    var acknowledged: [String: Int] = [:]
    for writer in writers {
      acknowledged[writer.prefix] = writer.finish()
      #expect(writer.process.terminationStatus == 0, "\(writer.stderr)")
    }
    #expect(acknowledged == ["p": 400, "q": 400])
    try verify(acknowledged)
    let store = AnnotationStore.open(at: folder.database, options: testOptions())
    let records = try store.list()
    // Per writer: 300 single-claim commands, 100 × 2 own claims × 2 labels; shared: 2 + 7.
    #expect(records.count == 2 * (300 + 400) + 9)
    let shared = try store.annotations(for: [StressPlan.shared])[StressPlan.shared.id]
    #expect(shared.tags == Set(["from-p", "from-q"] + (0..<7).map { "l\($0)" }))
    #expect(Set(records.map(\.author)) == ["stress"])
  }
}
