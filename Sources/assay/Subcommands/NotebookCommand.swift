import ArgumentParser
import Export
import Foundation
import Shell

/// `assay notebook run|check FILE.md`: runs a Markdown notebook's ```assay blocks in one session.
struct NotebookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notebook",
    abstract: "Run a Markdown notebook's ```assay blocks, or check their stored outputs.",
    subcommands: [Run.self, Check.self]
  )

  /// `assay notebook run FILE.md`: writes each block's output in a ```output block under it.
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run every ```assay block and write its output in a ```output block under it.")

    @Argument(help: "The notebook (.md).")
    var file: String

    @OptionGroup var options: CorpusOptions

    func run() throws {
      let result = try NotebookCommand.execute(file, options: options)
      do {
        try AtomicFile.write(
          Data(result.text.utf8), to: URL(fileURLWithPath: file), overwrite: true)
      } catch {
        StandardError.write("\(file): error: cannot write the notebook: \(error)")
        throw ExitCode(73)
      }
      let count = result.stale.count
      print("\(file): \(count) output block\(count == 1 ? "" : "s") updated")
    }
  }

  /// `assay notebook check FILE.md`: exit 1 when any stored output is stale or missing.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Run the notebook without writing; fail (exit 1) naming each stale output block."
    )

    @Argument(help: "The notebook (.md).")
    var file: String

    @OptionGroup var options: CorpusOptions

    func run() throws {
      let result = try NotebookCommand.execute(file, options: options)
      for cell in result.stale {
        let what = cell.missing ? "output is missing" : "output is stale"
        print("\(file):\(cell.line): \(what); run 'assay notebook run \(file)'")
      }
      if !result.stale.isEmpty { throw ExitCode(1) }
    }
  }

  static func execute(_ file: String, options: CorpusOptions) throws -> NotebookResult {
    guard let data = FileManager.default.contents(atPath: file),
      let text = String(data: data, encoding: .utf8)
    else {
      StandardError.write("\(file): error: cannot read the notebook [notebook.unreadable]")
      throw ExitCode(66)
    }
    let session = try options.openSession()
    let runner = NotebookRunner(interpreter: session.interpreter, commands: session.commands)
    let url = URL(fileURLWithPath: file)
    return runner.run(text, file: file, directory: url.deletingLastPathComponent())
  }
}
