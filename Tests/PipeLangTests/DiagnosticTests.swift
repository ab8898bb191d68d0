import Diagnostics
import PipeLang
import Testing

/// One error path: marked script, code, message and help at the marker.
struct ErrorCase: CustomStringConvertible, Sendable {
  let script: String
  let code: String
  let message: String
  var help: String? = nil
  var description: String { code + ": " + script }
}

let errorCases: [ErrorCase] = [
  ErrorCase(
    script: "claims | 1️⃣wehre level", code: "parse.unknown-stage", message: "unknown stage 'wehre'",
    help: "did you mean 'where'?"),
  ErrorCase(
    script: "claims | limit 1️⃣many", code: "parse.unexpected-token",
    message: "expected a row count, found 'many'"),
  ErrorCase(
    script: "claims | where (level >= likely1️⃣", code: "parse.missing-paren",
    message: "expected ')' to close '('", help: "this '(' is not closed"),
  ErrorCase(
    script: "claims | kwic 1️⃣\"purge", code: "parse.unterminated-string",
    message: "unterminated string", help: "add a closing '\"'"),
  ErrorCase(
    script: "claims | where level >= likely 1️⃣@", code: "parse.unexpected-character",
    message: "unexpected character '@'"),
  ErrorCase(
    script: "claims | export 1️⃣\"x.txt\"", code: "parse.unknown-format",
    message: "unknown export format 'txt'", help: "use csv, jsonl or md"),
  ErrorCase(
    script: "claims | select id 1️⃣id", code: "parse.unexpected-token",
    message: "expected '|' or end of line, found 'id'"),
  ErrorCase(
    script: "1️⃣| count", code: "parse.unexpected-token",
    message: "expected a table name or $variable, found '|'"),
  ErrorCase(
    script: "claims | where 1️⃣levle >= likely", code: "eval.unknown-column",
    message: "unknown column 'levle'", help: "did you mean 'level'?"),
  ErrorCase(
    script: "claims | where level >= 1️⃣likly", code: "eval.off-scale",
    message: "'likly' is not on the scale of 'level'", help: "did you mean 'likely'?"),
  ErrorCase(
    script: "1️⃣clams | count", code: "eval.unknown-table", message: "unknown table 'clams'",
    help: "did you mean 'claims'?"),
  ErrorCase(
    script: "1️⃣$nope | count", code: "eval.unknown-variable", message: "unknown variable '$nope'"),
  ErrorCase(
    script: "claims | where year == 1️⃣$year", code: "eval.unknown-parameter",
    message: "unknown parameter '$year'", help: "set it with --set year=VALUE"),
  ErrorCase(
    script: "claims | where text matches 1️⃣\"(\"", code: "eval.bad-regex",
    message: "invalid regular expression \"(\""),
  ErrorCase(
    script: "claims | where 1️⃣\"x\"", code: "eval.type-mismatch",
    message: "expected a condition, found a value"),
  ErrorCase(
    script: "claims | sort 1️⃣yaer desc", code: "eval.unknown-column",
    message: "unknown column 'yaer'", help: "did you mean 'year'?"),
  ErrorCase(
    script: "docs | kwic 1️⃣\"x\"", code: "eval.unknown-column", message: "unknown column 'text'"),
  ErrorCase(
    script: "claims | export \"x.csv\" as 1️⃣xls", code: "parse.unknown-format",
    message: "unknown export format 'xls'", help: "use csv, jsonl or md"),
]

@Test("error paths carry code, message, caret and help", arguments: errorCases)
func errorPath(_ c: ErrorCase) throws {
  let (marked, found) = diagnostics(c.script)
  let d = try #require(found.first)
  #expect(found.count == 1)
  #expect(d.code == c.code)
  #expect(d.message.text == c.message)
  #expect(d.help == c.help)
  let at = try #require(marked.markers["1️⃣"])
  #expect(d.span?.line == at.line)
  #expect(d.span?.column == at.column)
  #expect(d.sourceLine == marked.text.split(separator: "\n").map(String.init)[at.line - 1])
}

@Test func rendersFileLineColumnAndCaret() throws {
  let (_, found) = diagnostics("docs | count\nclaims | where levle >= likely")
  let text = DiagnosticRenderer().render(try #require(found.first))
  #expect(
    text == """
      t.assay:2:16: error: unknown column 'levle' [eval.unknown-column]
      2 | claims | where levle >= likely
        |                ^^^^^ did you mean 'level'?
      """)
}

@Test func reportsEverySyntaxErrorAndRunsNothing() {
  let (marked, found) = diagnostics(
    "claims | 1️⃣fitler x | count\ndocs | count\nclaims | limit 2️⃣x; claims | sort 3️⃣")
  #expect(
    found.map(\.code) == [
      "parse.unknown-stage", "parse.unexpected-token", "parse.unexpected-token",
    ])
  #expect(found.map { $0.span?.column } == ["1️⃣", "2️⃣", "3️⃣"].map { marked.markers[$0]?.column })
}

@Test func exitStatusesFollowSysexits() {
  let i = Interpreter(catalog: SampleCatalog.catalog)
  #expect(i.run("claims | count", file: "a") { _ in }.exitStatus == 0)
  #expect(i.run("claims | fitler", file: "a") { _ in }.exitStatus == 65)
  #expect(i.run("claims | select nope", file: "a") { _ in }.exitStatus == 70)
}
