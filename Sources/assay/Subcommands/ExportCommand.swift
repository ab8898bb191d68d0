import ArgumentParser
import ClaimTable
import Diagnostics
import Export
import Foundation
import TableModel

/// `assay export claims --format csv [-o FILE]`: the claim table without starting the shell.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract:
      "Write a table (claims, docs, cues, sources, entities, edits, furniture) to a file or stdout."
  )

  @Argument(help: "The table to export.")
  var table: String = "claims"

  @Option(name: .long, help: "csv, jsonl or md (default: from the -o file's extension, else csv).")
  var format: String?

  @Option(name: .shortAndLong, help: "The file to write; standard output when absent.")
  var output: String?

  @Flag(name: .long, help: "Replace the output file if it exists.")
  var force = false

  @Flag(name: .long, help: "Start a CSV with a byte-order mark (for Excel).")
  var bom = false

  @OptionGroup var options: CorpusOptions

  func run() throws {
    let exportFormat = try resolvedFormat()
    let session = try options.openSession()
    let data: Table
    do {
      data = try session.interpreter.catalog.table(named: table, argument: nil)
    } catch let diagnostic as Diagnostic {
      StandardError.write(DiagnosticRenderer().headline(diagnostic))
      throw ExitCode(64)
    }
    guard let output else {
      FileHandle.standardOutput.write(
        Data(TableExporter.render(data, format: exportFormat, bom: bom).utf8))
      return
    }
    do {
      let options = ExportOptions(format: exportFormat, overwrite: force, bom: bom)
      try TableExporter.write(data, to: URL(fileURLWithPath: output), options: options)
      StandardError.write("wrote \(data.rows.count) rows to \(output)")
    } catch let diagnostic as Diagnostic {
      StandardError.write(DiagnosticRenderer().headline(diagnostic))
      throw ExitCode(73)
    }
  }

  private func resolvedFormat() throws -> ExportFormat {
    if let format {
      guard let parsed = ExportFormat(rawValue: format.lowercased()) else {
        throw ValidationError("unknown format '\(format)': use csv, jsonl or md")
      }
      return parsed
    }
    let fromName = output.flatMap {
      ExportFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension)
    }
    return fromName ?? .csv
  }
}
