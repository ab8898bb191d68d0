// Runs each benchmark in turn and prints its report lines.
// To add one, append its `run` function to `benchmarks` below.

let arguments = Array(CommandLine.arguments.dropFirst())

let benchmarks: [(name: String, run: ([String]) -> [String])] = [
  ("corpus", CorpusBench.run)
]

for benchmark in benchmarks {
  print("== \(benchmark.name)")
  for line in benchmark.run(arguments) { print(line) }
}
