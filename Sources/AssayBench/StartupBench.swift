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
