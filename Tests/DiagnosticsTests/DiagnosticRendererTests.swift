import Diagnostics
import Testing

@Test func headlineNamesPlaceSeverityAndCode() {
  let d = Diagnostic(
    code: "load.invalid-utf8", "invalid UTF-8 at byte 1203",
    span: SourceSpan(file: "notes.txt", line: 12, column: 7))
  #expect(
    DiagnosticRenderer().headline(d)
      == "notes.txt:12:7: error: invalid UTF-8 at byte 1203 [load.invalid-utf8]")
}

@Test func caretSitsUnderTheSpanWithHelp() {
  let d = Diagnostic(
    code: "parse.unknown-stage", "unknown stage 'fitler'",
    span: SourceSpan(file: "a.assay", line: 3, column: 10, length: 6),
    sourceLine: "claims | fitler level == likely", help: "did you mean 'filter'?")
  #expect(
    DiagnosticRenderer().render(d) == """
      a.assay:3:10: error: unknown stage 'fitler' [parse.unknown-stage]
      3 | claims | fitler level == likely
        |          ^^^^^^ did you mean 'filter'?
      """)
}

@Test func warningsWithoutSpanKeepNotesAndHelp() {
  let d = Diagnostic(
    .warning, code: "load.empty-file", "empty file skipped", notes: ["3 other files loaded"],
    help: "remove it or add text")
  #expect(
    DiagnosticRenderer().render(d) == """
      warning: empty file skipped [load.empty-file]
      help: remove it or add text
      note: 3 other files loaded
      """)
}

@Test func colourOnlyWhenAsked() {
  let d = Diagnostic(code: "x.y", "boom")
  #expect(DiagnosticRenderer(colour: true).headline(d) == "\u{1B}[31merror\u{1B}[0m: boom [x.y]")
  #expect(DiagnosticRenderer(colour: false).headline(d) == "error: boom [x.y]")
}
