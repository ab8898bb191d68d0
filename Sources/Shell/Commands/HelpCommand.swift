import Diagnostics
import Foundation
import PipeLang

extension Diagnostic.Message {
  static func noHelp(_ name: String) -> Self { "no help for '\(name)'" }
}

/// `help [NAME]`: lists commands and stages, or explains one, from their own descriptions.
struct HelpCommand: ShellCommand {
  let name = "help"
  let usage = "help [NAME]"
  let summary = "List commands and pipeline stages, or explain one."

  func run(arguments: String, context: ShellContext) throws -> String {
    let topic = arguments.trimmingCharacters(in: .whitespaces)
    if topic.isEmpty { return overview(context) }
    if let text = StageRegistry.help(for: topic) { return text }
    if let command = context.commands.first(where: { $0.name == topic }) {
      return "usage: \(command.usage)\n\n\(command.summary)"
    }
    let names = StageRegistry.names + context.commands.map(\.name)
    throw Diagnostic(
      code: "shell.unknown-help", .noHelp(topic),
      help: Suggest.nearest(topic, in: names).map { "did you mean '\($0)'?" })
  }

  private func overview(_ context: ShellContext) -> String {
    let commandWidth = context.commands.map(\.usage.count).max() ?? 0
    let commands = context.commands.map {
      $0.usage.padding(toLength: commandWidth, withPad: " ", startingAt: 0) + "  " + $0.summary
    }
    return
      ([
        "A pipeline: a table (\(context.catalog.tableNames.joined(separator: ", "))), then stages joined by |.",
        "  claims | where level >= likely | group doc | count", "", "Stages:",
      ]
      + StageRegistry.overview().split(separator: "\n").map { "  " + $0 }
      + ["", "Commands:"] + commands.map { "  " + $0 }
      + [
        "", "let NAME = PIPELINE stores a result; $NAME starts a pipeline from it.",
        "Commands run in scripts and notebooks too: a line starting with one (no '|') runs it.",
        "help STAGE shows examples.",
      ]).joined(separator: "\n")
  }
}
