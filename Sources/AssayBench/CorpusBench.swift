import CorpusLoading
import Foundation

/// Load + clean + segment throughput on a corpus of at least 100 MB, and bundled-load latency.
enum CorpusBench {
  static func run(_ arguments: [String]) -> [String] { [] }
}
