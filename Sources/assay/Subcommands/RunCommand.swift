import ArgumentParser
import Foundation

/// `assay run FILE.assay [--set k=v ...]`: runs a saved analysis; exit 65 for syntax errors,
/// 70 for runtime errors.
struct RunCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "run",
    abstract: "Run a saved analysis script (.assay); --set k=v makes $k available to it."
  )

  @Argument(help: "The script to run.")
  var file: String

  @Option(name: .customLong("set"), help: "A parameter read by the script as $NAME (NAME=VALUE).")
  var parameters: [String] = []

  @OptionGroup var options: CorpusOptions

  func run() throws {
    var values: [String: String] = [:]
    for pair in parameters {
      guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
        throw ValidationError("--set takes NAME=VALUE, got '\(pair)'")
      }
      values[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
    }
    guard FileManager.default.isReadableFile(atPath: file) else {
      StandardError.write("\(file): error: cannot read the script [run.unreadable]")
      throw ExitCode(66)
    }
    let session = try options.openSession()
    session.interpreter.parameters = values
    let status = session.runFile(file)
    if status != 0 { throw ExitCode(status) }
  }
}
