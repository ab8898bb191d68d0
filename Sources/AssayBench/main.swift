// Runs each benchmark in turn and prints its report lines (release build: `make bench`).
// To add one, append its `run` function to `benchmarks` below.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())

let benchmarks: [(name: String, run: ([String]) -> [String])] = [
  ("corpus", CorpusBench.run),
  ("tagging", { _ in [(try? runTaggingBench()).map(\.description) ?? "error: no lexicons"] }),
  ("load+tag", FullPipelineBench.run),
  ("pipeline", { _ in [PipelineBench.report()] }),
  ("startup", StartupBench.report),
]

for benchmark in benchmarks {
  print("== \(benchmark.name)")
  for line in benchmark.run(arguments) { print(line) }
}
