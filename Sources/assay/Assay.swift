import ArgumentParser

/// `assay`: the shell by default, and batch subcommands for scripts, exports and evaluation.
@main
struct Assay: ParsableCommand {
  static func main() {
    StartupTimer.mark("process start")
    Self.main(nil)
  }

  static let configuration = CommandConfiguration(
    commandName: "assay",
    abstract: "Read intelligence and diplomatic assessments side by side.",
    discussion: """
      With no subcommand, opens the interactive shell on the bundled corpus (or --corpus DIR).
      When standard input is not a terminal, reads commands from it line by line.
      """,
    version: AssayVersion.current,
    subcommands: [
      ShellSubcommand.self, RunCommand.self, NotebookCommand.self, ExportCommand.self,
      EvalCommand.self, AnnotationsCommand.self,
    ],
    defaultSubcommand: ShellSubcommand.self
  )
}

enum AssayVersion {
  static let current = "0.1.0"
}
