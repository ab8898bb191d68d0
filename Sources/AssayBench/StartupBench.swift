import Foundation

/// Times `assay` from launch until the first byte of its answer to `docs | count` arrives on a
/// pipe: it has loaded, cleaned and tagged the bundled corpus and read its first line, so this
/// bounds from above how soon the shell is ready for input (process exit is not counted).
enum StartupBench {
  static func run(assay: URL, runs: Int = 15) -> [Double] {
    (0..<runs).compactMap { _ in once(assay) }
  }

  private static func once(_ assay: URL) -> Double? {
    let process = Process()
    process.executableURL = assay
    process.arguments = []
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let start = DispatchTime.now()
    do { try process.run() } catch { return nil }
    input.fileHandleForWriting.write(Data("docs | count\n".utf8))
    try? input.fileHandleForWriting.close()
    let first = output.fileHandleForReading.availableData
    let elapsed = DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds
    _ = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return first.isEmpty ? nil : Double(elapsed) / 1_000_000
  }
}

extension StartupBench {
  /// Runs the `assay` binary beside this benchmark and reports the median start-up time.
  static func report(_ arguments: [String]) -> [String] {
    let assay = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("assay")
    guard FileManager.default.isExecutableFile(atPath: assay.path) else {
      return ["no assay binary beside the benchmark: build it in release first"]
    }
    let times = run(assay: assay).sorted()
    guard !times.isEmpty else { return ["could not start \(assay.path)"] }
    let median = times[times.count / 2]
    return [
      "start, load and tag the bundled corpus, first byte of the answer to `docs | count`: "
        + "median \(String(format: "%.1f", median)) ms over \(times.count) runs "
        + "(min \(String(format: "%.1f", times[0])) ms)"
    ]
  }
}
