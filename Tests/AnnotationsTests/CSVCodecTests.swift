import Diagnostics
import Testing

@testable import Annotations

struct CSVCase: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  var records: [[String]]
  var lines: [Int]
  var testDescription: String { name }
}

@Test(arguments: [
  CSVCase(
    name: "plain LF", text: "a,b\nc,d\n", records: [["a", "b"], ["c", "d"]], lines: [1, 2]),
  CSVCase(
    name: "CRLF", text: "a,b\r\nc,d\r\n", records: [["a", "b"], ["c", "d"]], lines: [1, 2]),
  CSVCase(
    name: "no final newline", text: "a,b\nc,d", records: [["a", "b"], ["c", "d"]], lines: [1, 2]),
  CSVCase(
    name: "quoted comma and doubled quote", text: "\"x,y\",\"say \"\"hi\"\"\"\n",
    records: [["x,y", "say \"hi\""]], lines: [1]),
  CSVCase(
    name: "embedded newline", text: "\"line1\r\nline2\",b\nc,d\n",
    records: [["line1\r\nline2", "b"], ["c", "d"]], lines: [1, 3]),
  CSVCase(name: "empty fields", text: ",,\n", records: [["", "", ""]], lines: [1]),
  CSVCase(
    name: "BOM and blank line", text: "\u{FEFF}a\n\nb\n", records: [["a"], ["b"]], lines: [1, 3]),
  CSVCase(name: "unicode", text: "\"Берия\",é\n", records: [["Берия", "é"]], lines: [1]),
])
func parsesRFC4180(_ c: CSVCase) throws {
  let parsed = try CSVCodec.parse(c.text, file: "t.csv")
  #expect(parsed.map(\.fields) == c.records)
  #expect(parsed.map(\.line) == c.lines)
}

@Test(arguments: [
  ("a,b\"c\n", 1, 4), ("ok\n\"open,\nstill open\n", 2, 1), ("\"x\"y,z\n", 1, 4),
])
func malformedNamesFileAndLine(_ text: String, _ line: Int, _ column: Int) {
  do throws(Diagnostic) {
    _ = try CSVCodec.parse(text, file: "notes.csv")
    Issue.record("expected an error")
  } catch {
    #expect(error.code == "annotate.csv-malformed")
    #expect(error.span == SourceSpan(file: "notes.csv", line: line, column: column))
  }
}

@Test func renderThenParseRoundTrips() throws {
  let records = [["claim", "value"], ["a/1", "=SUM(1), \"q\"\nnext"], ["b", ""]]
  let text = CSVCodec.render(records)
  #expect(text == "claim,value\r\na/1,\"=SUM(1), \"\"q\"\"\nnext\"\r\nb,\r\n")
  #expect(try CSVCodec.parse(text, file: "x").map(\.fields) == records)
}
