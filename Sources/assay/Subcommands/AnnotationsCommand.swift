import Annotations
import ArgumentParser
import Diagnostics
import Foundation

/// `assay annotations export FILE.csv` / `import FILE.csv`: hand annotations as plain text, to
/// share and review. Both use the columns of the shell's `annotations` table.
struct AnnotationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "annotations",
    abstract: "Export or import hand annotations as CSV.",
    subcommands: [Export.self, Import.self]
  )

  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write every annotation (with its status against the corpus) to a CSV file.")

    @Argument(help: "The CSV file to write.")
    var file: String

    @Flag(name: .long, help: "Replace the file if it exists.")
    var force = false

    @OptionGroup var options: CorpusOptions

    func run() throws {
      if FileManager.default.fileExists(atPath: file), !force {
        StandardError.write(
          "\(file): error: already exists (use --force to replace it) [export.exists]")
        throw ExitCode(73)
      }
      let session = try options.openSession()
      do {
        let store = try session.annotator.readable() ?? session.annotator.writable()
        let count = try store.exportCSV(
          to: URL(fileURLWithPath: file), current: session.workbench.claimTexts)
        StandardError.write("wrote \(count) annotations to \(file)")
      } catch let diagnostic as Diagnostic {
        StandardError.write(DiagnosticRenderer().headline(diagnostic))
        throw ExitCode(73)
      }
    }
  }

  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add the annotations in a CSV file (as written by export) in one transaction.")

    @Argument(help: "The CSV file to read.")
    var file: String

    @OptionGroup var options: CorpusOptions

    func run() throws {
      let session = try options.openSession()
      do {
        let store = try session.annotator.writable()
        let summary = try store.importCSV(from: URL(fileURLWithPath: file))
        print(summary.description)
      } catch let diagnostic as Diagnostic {
        StandardError.write(DiagnosticRenderer().headline(diagnostic))
        throw ExitCode(65)
      }
    }
  }
}
