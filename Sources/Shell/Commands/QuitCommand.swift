/// `quit` / `exit`: leaves the shell (the `Repl` handles the exit).
struct QuitCommand: ShellCommand {
  let name: String
  let usage: String
  let summary = "Leave the shell (Ctrl-D does the same)."

  init(name: String) {
    self.name = name
    self.usage = name
  }

  func run(arguments: String, context: ShellContext) throws -> String { "" }
}
