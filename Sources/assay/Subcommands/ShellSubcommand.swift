import ArgumentParser
import ClaimTable
import Foundation
import LineEditing
import PipeLang
import Shell

/// The default subcommand: the interactive shell, or `-c PIPELINE`, or commands on stdin.
struct ShellSubcommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell",
    abstract: "Open the interactive shell (the default), or run one line with -c."
  )

  @Option(name: .customShort("c"), help: "Run this pipeline (or shell command) and exit.")
  var command: String?

  @OptionGroup var options: CorpusOptions

  func run() throws {
    let session = try options.openSession()
    if let command {
      let status = session.runLines(command)
      if status != 0 { throw ExitCode(status) }
      return
    }
    let status = ShellLauncher.run(
      interpreter: session.interpreter, commands: session.commands,
      historyPath: AssaySession.historyPath())
    if status != 0 { throw ExitCode(status) }
  }
}
