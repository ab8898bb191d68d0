// Runs each benchmark in turn and prints its report lines (release build: `make bench`).
// `AssayBench [--only NAME] [FOLDER]`: one benchmark, and a folder of documents instead of the
// bundled seeds. To add a benchmark, append its `run` function to `benchmarks` below.
import Foundation

var arguments = Array(CommandLine.arguments.dropFirst())
var only: String?
if let flag = arguments.firstIndex(of: "--only"), flag + 1 < arguments.count {
  only = arguments[flag + 1]
  arguments.removeSubrange(flag...(flag + 1))
}

let benchmarks: [(name: String, run: ([String]) -> [String])] = [
  ("corpus", CorpusBench.run),
  ("tagging", { _ in [(try? runTaggingBench()).map(\.description) ?? "error: no lexicons"] }),
  ("load+tag", FullPipelineBench.run),
  ("pipeline", { _ in [PipelineBench.report()] }),
  ("startup", StartupBench.report),
]

for benchmark in benchmarks where only == nil || only == benchmark.name {
  print("== \(benchmark.name)")
  for line in benchmark.run(arguments) { print(line) }
}
