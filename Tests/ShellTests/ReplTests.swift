import Diagnostics
import Foundation
import LineEditing
import PipeLang
import Shell
import TableModel
import Testing

func makeRepl(
  _ inputs: [ReadResult], interactive: Bool = true, exporter: (any TableExporting)? = nil
)
  -> (Repl, ScriptedLineReader, StringSink)
{
  let reader = ScriptedLineReader(inputs, interactive: interactive)
  let sink = StringSink()
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  interpreter.context.exporter = exporter
  let repl = Repl(
    reader: reader, output: sink, interpreter: interpreter, renderer: TableRenderer(width: 80))
  return (repl, reader, sink)
}

@Test func continuationLinesJoinIntoOneHistoryEntry() {
  let (repl, reader, sink) = makeRepl([.line("claims |"), .line("  count")])
  #expect(repl.run() == 0)
  #expect(reader.prompts == ["assay> ", "  ...> ", "assay> "])
  #expect(reader.history == ["claims | count"])
  #expect(sink.text == "8\n")
}

@Test func interruptDropsThePartialEntry() {
  let (repl, reader, sink) = makeRepl([.line("claims |"), .interrupted, .line("docs | count")])
  repl.run()
  #expect(reader.prompts == ["assay> ", "  ...> ", "assay> ", "assay> "])
  #expect(sink.text == "3\n")
}

@Test func errorsAreShownAndTheShellCarriesOn() {
  let (repl, _, sink) = makeRepl([.line("clams | count"), .line("docs | count")])
  #expect(repl.run() == 0)
  #expect(sink.text.hasPrefix("<shell>:1:1: error: unknown table 'clams' [eval.unknown-table]\n"))
  #expect(sink.text.hasSuffix("\n3\n"))
}

@Test func pipedInputStopsAtTheFirstError() {
  let (repl, _, sink) = makeRepl(
    [.line("docs | count"), .line("docs | select nope"), .line("claims | count")],
    interactive: false)
  #expect(repl.run() == 70)
  #expect(!sink.text.contains("\n8\n"))
  let (repl2, _, _) = makeRepl([.line("docs | fitler")], interactive: false)
  #expect(repl2.run() == 65)
}

/// Records writes; reports `export.exists` for paths in `existing`.
final class FakeExporter: TableExporting, @unchecked Sendable {
  var existing: Set<String> = []
  var writes: [(String, String, Bool, Int)] = []
  func write(_ table: Table, to url: URL, format: String, overwrite: Bool) throws {
    if existing.contains(url.lastPathComponent), !overwrite {
      throw Diagnostic(code: "export.exists", "'\(url.lastPathComponent)' exists")
    }
    writes.append((url.lastPathComponent, format, overwrite, table.rows.count))
  }
}

@Test func exportAsksBeforeOverwriting() {
  let exporter = FakeExporter()
  exporter.existing = ["old.csv"]
  let (repl, reader, sink) = makeRepl(
    [
      .line("docs | export \"new.md\" | count"), .line("docs | export \"old.csv\""), .line("y"),
      .line("docs | export \"old.csv\" as jsonl"), .line("n"),
    ],
    exporter: exporter)
  repl.run()
  #expect(exporter.writes.map(\.0) == ["new.md", "old.csv"])
  #expect(exporter.writes.map(\.1) == ["md", "csv"])
  #expect(exporter.writes.map(\.2) == [false, true])
  #expect(
    reader.prompts.filter { $0.hasPrefix("overwrite") } == [
      "overwrite 'old.csv'? [y/N] ", "overwrite 'old.csv'? [y/N] ",
    ])
  #expect(sink.text.contains("wrote 3 rows to new.md\n3\n"))
  #expect(sink.text.contains("'old.csv' exists; not overwritten [export.exists]"))
}

struct EchoCommand: ShellCommand {
  let name = "why"
  let usage = "why CLAIM-ID"
  let summary = "Explain a claim's tags."
  func run(arguments: String, context: ShellContext) throws -> String {
    guard !arguments.isEmpty else { throw Diagnostic(code: "shell.usage", "usage: why CLAIM-ID") }
    return "why:" + arguments.trimmingCharacters(in: .whitespaces)
  }
}

@Test func extraCommandsRunAndShowInHelp() {
  let reader = ScriptedLineReader(lines: ["why 1953-cia/a/1.1", "why", "help why", "quit", "docs"])
  let sink = StringSink()
  let repl = Repl(
    reader: reader, output: sink, interpreter: Interpreter(catalog: SampleCatalog.catalog),
    commands: [EchoCommand()])
  repl.run()
  #expect(
    sink.text
      == """
      why:1953-cia/a/1.1
      <shell>:1:1: error: usage: why CLAIM-ID [shell.usage]
      1 | why
        | ^^^
      usage: why CLAIM-ID

      Explain a claim's tags.

      """
  )
}

@Test func cancellationStopsALongEvaluation() {
  let context = EvalContext(cancellation: Cancellation { true })
  let interpreter = Interpreter(catalog: SampleCatalog.catalog, context: context)
  let outcome = interpreter.run("claims | where level >= likely", file: "<shell>") { _ in }
  #expect(outcome.diagnostics.map(\.code) == ["eval.cancelled"])
}

@Test func scriptsAndTheShellRunCommandsAlike() {
  let text = "why 1953-cia/a/1.1\ndocs | count\nwhy"
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  interpreter.registerShellCommands([EchoCommand()]) { TableRenderer(width: 80).render($0) }
  var script = ""
  let status = ScriptRunner(interpreter: interpreter).run(
    text, file: "<stdin>", output: { script += $0 }, errors: { script += $0 })
  let reader = ScriptedLineReader(
    lines: text.split(separator: "\n").map(String.init), interactive: false)
  let sink = StringSink()
  let repl = Repl(
    reader: reader, output: sink, interpreter: Interpreter(catalog: SampleCatalog.catalog),
    commands: [EchoCommand()])
  #expect(repl.run() == 70)
  #expect(status == 70)
  #expect(
    script
      == "why:1953-cia/a/1.1\n3\n<stdin>:3:1: error: usage: why CLAIM-ID [shell.usage]\n3 | why\n  | ^^^\n"
  )
  #expect(
    sink.text
      == script.replacingOccurrences(of: ":3:1", with: ":1:1").replacingOccurrences(
        of: "3 | why\n  |", with: "1 | why\n  |"))
}
