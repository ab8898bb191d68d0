import CSV
import Foundation
import Testing

/// The claim table exported as CSV reads back, cell by cell, as the same table exported as
/// JSON Lines: through an independent CSV reader (CSV.swift) and through Python's csv module.
@Suite(.serialized) struct CSVRoundTripTests {
  let data = AssayProcess.temporaryFolder()

  /// Annotates two claims (one with a comma, quotes and a newline in its note), then exports.
  func exports() throws -> (csv: URL, rows: [[String: Any]], columns: [String]) {
    let env = ["XDG_DATA_HOME": data.path]
    _ = try AssayProcess.run(
      [],
      stdin: "note 1953-uk-beria/2.2 \"Key, \\\"collective\\\" judgement\"\n"
        + "tag 1953-uk-beria/2.2 +continuity\nset 1937-henderson/1.1 level=likely\n",
      environment: env)
    let csv = data.appendingPathComponent("claims.csv")
    let written = try AssayProcess.run(
      ["export", "claims", "-o", csv.path], environment: env)
    #expect(written.status == 0, "\(written.stderr)")
    let jsonl = try AssayProcess.run(["export", "claims", "--format", "jsonl"], environment: env)
    let rows = try jsonl.stdout.split(separator: "\n").map { line in
      try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    // "\r\n" is one Character in Swift, so split on the string, not a character.
    let text = try String(contentsOf: csv, encoding: .utf8)
    let header = text.components(separatedBy: "\r\n").first ?? ""
    return (csv, rows, header.components(separatedBy: ","))
  }

  /// What a JSON value must read as in CSV: lists joined with `; `, formulas neutralised.
  static func expectedCell(_ value: Any?) -> String {
    switch value {
    case let list as [Any]: return list.map { "\($0)" }.joined(separator: "; ")
    case let number as NSNumber: return number.stringValue
    case let text as String:
      return ["=", "+", "-", "@", "\t", "\r"].contains(where: text.hasPrefix) ? "'" + text : text
    default: return ""
    }
  }

  @Test func csvReadsBackAsTheSameTable() throws {
    let (csv, rows, columns) = try exports()
    #expect(columns.contains("level_auto"))
    let stream = try #require(InputStream(url: csv))
    let reader = try CSVReader(stream: stream, hasHeaderRow: true)
    #expect(reader.headerRow ?? [] == columns)
    var count = 0
    while let record = reader.next() {
      let json = rows[count]
      for (index, column) in columns.enumerated() {
        #expect(record[index] == Self.expectedCell(json[column]), "row \(count) column \(column)")
      }
      count += 1
    }
    #expect(count == rows.count)
    let annotated = try #require(rows.first { $0["id"] as? String == "1953-uk-beria/2.2" })
    #expect(annotated["note"] as? String == "Key, \"collective\" judgement")
  }

  @Test func pythonsCSVModuleReadsTheSameCells() throws {
    let (csv, rows, columns) = try exports()
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let script = """
      import csv, json, sys
      with open(sys.argv[1], newline='', encoding='utf-8') as f:
          print(json.dumps(list(csv.reader(f))))
      """
    python.arguments = ["python3", "-c", script, csv.path]
    let output = Pipe()
    python.standardOutput = output
    try python.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    python.waitUntilExit()
    try #require(python.terminationStatus == 0, "python3 with its csv module is needed")
    let table = try #require(JSONSerialization.jsonObject(with: data) as? [[String]])
    #expect(table.first == columns)
    #expect(table.count == rows.count + 1)
    for (n, record) in table.dropFirst().enumerated() {
      #expect(record == columns.map { Self.expectedCell(rows[n][$0]) }, "row \(n)")
    }
  }
}
