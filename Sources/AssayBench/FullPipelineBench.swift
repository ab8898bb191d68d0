import ClaimTagging
import CorpusLoading
import Foundation

/// Load + clean + segment + tag throughput: what `assay` does before the first prompt, on a
/// corpus of at least 100 MB, against a plain byte scan of the same bytes as the baseline.
enum FullPipelineBench {
  static let iterations = 3

  static func run(_ arguments: [String]) -> [String] {
    guard let seeds = try? CorpusBench.loadSeeds(folder: arguments.first), !seeds.isEmpty,
      let lexicons = try? Lexicons.bundled()
    else { return ["error: cannot load the corpus or the lexicons"] }
    let tagger = ClaimTagger(lexicons: lexicons)
    let seedBytes = seeds.reduce(0) { $0 + $1.0.count }
    let copies = max(1, (CorpusBench.targetBytes + seedBytes - 1) / seedBytes)
    let megabytes = Double(seedBytes * copies) / 1_048_576
    var cpu: [Double] = []
    var baseline: [Double] = []
    var claims = 0
    var periods = 0
    for _ in 0..<iterations {
      var start = CorpusBench.threadCPUSeconds()
      periods = 0
      for _ in 0..<copies {
        for seed in seeds { periods += seed.0.reduce(0) { $0 + ($1 == 0x2E ? 1 : 0) } }
      }
      baseline.append(CorpusBench.threadCPUSeconds() - start)
      start = CorpusBench.threadCPUSeconds()
      var tagged = 0
      for copy in 0..<copies {
        for (bytes, seedMetadata) in seeds {
          var metadata = seedMetadata
          metadata.id += "~\(copy)"
          let document = DocumentParser.parse(bytes: bytes, metadata: metadata, path: metadata.id)
          for version in document.versions {
            let tags = tagger.tagDocument(version.paragraphs.map { $0.claims.map(\.text) })
            tagged += tags.reduce(0) { $0 + $1.count }
          }
        }
      }
      cpu.append(CorpusBench.threadCPUSeconds() - start)
      claims = tagged
    }
    let t = CorpusBench.median(cpu)
    let b = CorpusBench.median(baseline)
    return [
      "corpus: \(format(megabytes)) MB, \(claims) claims tagged per run, median of \(iterations)",
      "load+clean+segment+tag (thread CPU, one core): \(format(t)) s = \(format(megabytes / t)) MB/s, \(Int(Double(claims) / t)) claims/s",
      "baseline, counting the \(periods) full stops in the same bytes: \(format(megabytes / b)) MB/s",
      "peak memory (VmHWM): \(CorpusBench.peakMemory())",
    ]
  }

  private static func format(_ x: Double) -> String { String(format: "%.2f", x) }
}
