import Foundation

/// With `ASSAY_TIMINGS=1`, prints how long each start-up phase took on standard error: the
/// figures behind the start-up benchmark, for finding where time goes.
enum StartupTimer {
  static let enabled = ProcessInfo.processInfo.environment["ASSAY_TIMINGS"] == "1"
  nonisolated(unsafe) private static var last = DispatchTime.now().uptimeNanoseconds

  static func mark(_ phase: String) {
    guard enabled else { return }
    let previous = last  // read first: the first read starts the clock
    let now = DispatchTime.now().uptimeNanoseconds
    StandardError.write(String(format: "timing: %@ %.1f ms", phase, Double(now - previous) / 1e6))
    last = now
  }
}
