import PipeLang

extension Interpreter {
  /// Makes `commands` runnable as statements, so scripts, `assay -c`, piped input and the prompt
  /// run them alike. `help` is added unless the list has one; `quit`/`exit` are left to the
  /// `Repl`. `render` draws tables the way results are drawn where the command runs.
  public func registerShellCommands(
    _ commands: [any ShellCommand], render: @escaping (PipeValue) -> String
  ) {
    let all: [any ShellCommand] =
      commands.contains { $0.name == "help" } ? commands : [HelpCommand()] + commands
    for command in all where !(command is QuitCommand) {
      register(
        CommandHandler(name: command.name, usage: command.usage, summary: command.summary) {
          arguments, interpreter in
          let context = ShellContext(interpreter: interpreter, commands: all, render: render)
          return try command.run(arguments: arguments, context: context)
        })
    }
  }
}
