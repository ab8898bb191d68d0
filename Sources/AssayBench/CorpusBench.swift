import CorpusLoading
import Diagnostics
import Foundation

/// Load + clean + segment throughput on a corpus of at least 100 MB, and bundled-load latency.
///
/// With no argument the five seeds are repeated in memory (each copy with its own id) until
/// the total passes 100 MB; with a folder as the first argument, its documents are used.
enum CorpusBench {
  static let targetBytes = 100 * 1024 * 1024
  static let iterations = 5

  static func run(_ arguments: [String]) -> [String] {
    let seeds: [(bytes: [UInt8], metadata: DocumentMetadata)]
    do {
      seeds = try loadSeeds(folder: arguments.first)
    } catch {
      let text = (error as? Diagnostic).map { DiagnosticRenderer().headline($0) } ?? "\(error)"
      return ["cannot load the corpus: \(text)"]
    }
    guard !seeds.isEmpty else { return ["error: no documents"] }
    let seedBytes = seeds.reduce(0) { $0 + $1.bytes.count }
    let copies = max(1, (targetBytes + seedBytes - 1) / seedBytes)
    let totalBytes = seedBytes * copies
    var seconds: [Double] = []
    var cpuSeconds: [Double] = []
    var claims = 0
    for _ in 0..<iterations {
      let cpuStart = threadCPUSeconds()
      let start = DispatchTime.now().uptimeNanoseconds
      var count = 0
      for copy in 0..<copies {
        for seed in seeds {
          var metadata = seed.metadata
          metadata.id += "~\(copy)"
          count +=
            DocumentParser.parse(bytes: seed.bytes, metadata: metadata, path: metadata.id)
            .claimCount
        }
      }
      seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      cpuSeconds.append(threadCPUSeconds() - cpuStart)
      claims = count
    }
    let t = median(seconds)
    let cpu = median(cpuSeconds)
    let mb = Double(totalBytes) / 1_048_576
    return [
      "corpus: \(String(format: "%.1f", mb)) MB (\(copies) copies of \(seeds.count) documents), \(claims) claims",
      "parse: median \(String(format: "%.3f", t)) s over \(iterations) runs = \(String(format: "%.1f", mb / t)) MB/s, \(Int(Double(claims) / t)) claims/s",
      "parse (thread CPU time, one core): median \(String(format: "%.3f", cpu)) s = \(String(format: "%.1f", mb / cpu)) MB/s, \(Int(Double(claims) / cpu)) claims/s",
      "bundled load: median \(String(format: "%.2f", bundledLoadMilliseconds())) ms",
      "peak memory (VmHWM): \(peakMemory())",
    ]
  }

  /// The documents to repeat: a folder's files, or the bundled seeds as raw bytes.
  static func loadSeeds(folder: String?) throws -> [([UInt8], DocumentMetadata)] {
    if let folder {
      let url = URL(fileURLWithPath: folder)
      let corpus = try CorpusLoader.load(directory: url)
      return corpus.documents.compactMap { doc in
        FileManager.default.contents(atPath: doc.sourcePath).map { ([UInt8]($0), doc.metadata) }
      }
    }
    let corpus = try CorpusLoader.loadBundled()
    guard let directory = CorpusLoader.bundledDirectory else { return [] }
    return corpus.documents.compactMap { doc in
      let name = String(doc.sourcePath.dropFirst("bundled:".count))
      let path = directory.appendingPathComponent(name).path
      return FileManager.default.contents(atPath: path).map { ([UInt8]($0), doc.metadata) }
    }
  }

  static func bundledLoadMilliseconds() -> Double {
    var times: [Double] = []
    for _ in 0..<21 {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try? CorpusLoader.loadBundled()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return median(times)
  }

  /// CPU time of the calling thread, so a busy machine does not distort the figure.
  static func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
  }

  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
  }

  /// `VmHWM` from /proc/self/status (Linux), or "unknown".
  static func peakMemory() -> String {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return "unknown"
    }
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    return line.map { $0.dropFirst("VmHWM:".count).trimmingCharacters(in: .whitespaces) }
      ?? "unknown"
  }
}
