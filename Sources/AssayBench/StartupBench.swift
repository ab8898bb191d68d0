import Foundation

/// Times `assay` from launch until it has loaded and tagged the bundled corpus and answered one
/// command on a pipe: an upper bound on how soon the shell is ready for input.
enum StartupBench {
  static func run(assay: URL, runs: Int = 15) -> [Double] {
    (0..<runs).compactMap { _ in once(assay) }
  }

  private static func once(_ assay: URL) -> Double? {
    let process = Process()
    process.executableURL = assay
    process.arguments = []
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    process.environment = environment
    let start = DispatchTime.now()
    do { try process.run() } catch { return nil }
    input.fileHandleForWriting.write(Data("claims | count\n".utf8))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    let elapsed = DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds
    return Double(elapsed) / 1_000_000
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
      "start, load and tag the bundled corpus, answer `claims | count` on a pipe: "
        + "median \(String(format: "%.1f", median)) ms over \(times.count) runs "
        + "(min \(String(format: "%.1f", times[0])) ms)"
    ]
  }
}
