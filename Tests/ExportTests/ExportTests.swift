import Diagnostics
import Export
import Foundation
import TableModel
import Testing

private let sample = Table(
  columns: [Column("id"), Column("text"), Column("n"), Column("tags")],
  rows: [
    [
      .string("a/1.1"), .string("He said, \"no\".\nThen left."), .int(3),
      .list([.string("x"), .string("y")]),
    ],
    [.string("a/1.2"), .string("=SUM(A1)"), .int(-2), .list([])],
    [.string("a/1.3"), .string("- a. Purge"), .null, .string("@home")],
  ])

@Test func csvQuotesAndNeutralisesFormulas() {
  let csv = CSVWriter.render(sample)
  #expect(
    csv == "id,text,n,tags\r\n"
      + "a/1.1,\"He said, \"\"no\"\".\nThen left.\",3,x; y\r\n"
      + "a/1.2,'=SUM(A1),-2,\r\n"
      + "a/1.3,'- a. Purge,,'@home\r\n")
}

@Test func csvBOMOnlyWhenAsked() {
  #expect(CSVWriter.render(sample, bom: true).hasPrefix("\u{FEFF}id,"))
  #expect(CSVWriter.render(sample).hasPrefix("id,"))
}

@Test(arguments: [
  ("=1+1", "'=1+1"), ("+44", "'+44"), ("-x", "'-x"), ("@a", "'@a"), ("\tx", "'\tx"),
  ("\rx", "'\rx"), ("plain", "plain"), ("", ""),
])
func formulaNeutralising(input: String, expected: String) {
  #expect(CSVWriter.neutralised(input) == expected)
}

@Test func jsonLinesKeepsColumnOrderAndTypes() {
  let jsonl = TableExporter.render(sample, format: .jsonl)
  let first = jsonl.split(separator: "\n")[0]
  #expect(
    first == #"{"id":"a/1.1","text":"He said, \"no\".\nThen left.","n":3,"tags":["x","y"]}"#)
  #expect(jsonl.split(separator: "\n").count == 3)
}

@Test func markdownEscapesPipesAndNewlines() {
  let table = Table(columns: [Column("a")], rows: [[.string("x|y\nz")]])
  #expect(MarkdownTableWriter.render(table) == "| a |\n| --- |\n| x\\|y<br>z |\n")
}

@Test func formatFromExtension() {
  #expect(ExportFormat(fileExtension: "CSV") == .csv)
  #expect(ExportFormat(fileExtension: "ndjson") == .jsonl)
  #expect(ExportFormat(fileExtension: "markdown") == .md)
  #expect(ExportFormat(fileExtension: "xlsx") == nil)
}

@Suite struct AtomicWriting {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("assay-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  @Test func writesAndRefusesToClobber() throws {
    let url = folder.appendingPathComponent("out.csv")
    try TableExporter.write(sample, to: url, options: ExportOptions(format: .csv))
    #expect(try String(contentsOf: url, encoding: .utf8).hasPrefix("id,text"))
    #expect(throws: Diagnostic.self) {
      try TableExporter.write(sample, to: url, options: ExportOptions(format: .md))
    }
    do {
      try TableExporter.write(sample, to: url, options: ExportOptions(format: .md))
    } catch let d as Diagnostic {
      #expect(d.code == "export.exists")
    }
    #expect(try String(contentsOf: url, encoding: .utf8).hasPrefix("id,text"))
    try TableExporter.write(sample, to: url, options: ExportOptions(format: .md, overwrite: true))
    #expect(try String(contentsOf: url, encoding: .utf8).hasPrefix("| id |"))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(leftovers == ["out.csv"])
  }

  @Test func failureLeavesNothingBehind() throws {
    let url = folder.appendingPathComponent("missing-folder/out.csv")
    do {
      try TableExporter.write(sample, to: url, options: ExportOptions(format: .csv))
      Issue.record("expected a failure")
    } catch let d as Diagnostic {
      #expect(d.code == "export.write-failed")
      #expect(d.message.text.contains("missing-folder/out.csv"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
