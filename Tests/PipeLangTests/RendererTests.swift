import PipeLang
import TableModel
import Testing

@Test(
  "display width",
  arguments: [("abc", 3), ("日本", 4), ("e\u{301}", 1), ("Ж", 1), ("", 0)] as [(String, Int)])
func displayWidth(_ text: String, _ width: Int) {
  #expect(DisplayWidth.of(text) == width)
}

@Test(
  "truncate never splits a character",
  arguments: [
    ("purges of 1937", 8, "purges …"), ("日本語のテキスト", 7, "日本語…"), ("short", 10, "short"),
    ("Ежов и Берия", 5, "Ежов…"),
  ] as [(String, Int, String)])
func truncate(_ text: String, _ width: Int, _ expected: String) {
  #expect(DisplayWidth.truncate(text, to: width) == expected)
  #expect(DisplayWidth.of(DisplayWidth.truncate(text, to: width)) <= width)
}

@Test func wrapsAtSpaces() {
  #expect(
    DisplayWidth.wrap("the trials will continue", to: 10) == ["the trials", "will", "continue"])
}

@Test func gridFitsTheWidth() {
  let table = Table(
    columns: [Column("id"), Column("text")],
    rows: [[.string("1937-embassy/a/1.1"), .string(String(repeating: "long text ", count: 20))]])
  let lines = TableRenderer(width: 40).render(PipeValue(table: table)).split(separator: "\n")
  #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 40 })
  #expect(lines[2].hasSuffix("…"))
  #expect(lines.last == "(1 row)")
}

@Test func colourOnlyWhenAsked() {
  let value = PipeValue(
    table: Table(columns: [Column("a"), Column("b")], rows: [[.int(1), .int(2)]]))
  #expect(!TableRenderer(colour: false).render(value).contains("\u{1B}"))
  #expect(TableRenderer(colour: true).render(value).contains("\u{1B}[1m"))
}

@Test func cardsShowEveryColumn() {
  let table = Table(
    columns: [Column("id"), Column("level")], rows: [[.string("x"), .string("likely")]])
  let text = TableRenderer(width: 30).render(PipeValue(table: table, style: .cards))
  #expect(text == "── 1 of 1 ────────────────────\nid     x\nlevel  likely\n(1 row)")
}

@Test func tooManyColumnsAreDroppedWithANote() {
  let columns = (1...20).map { Column("column\($0)") }
  let table = Table(columns: columns, rows: [columns.map { _ in .string("value") }])
  let lines = TableRenderer(width: 40).render(PipeValue(table: table)).split(separator: "\n")
  // Headers are never cut below their own width, so four whole columns fit in 40.
  #expect(lines[0] == "column1  column2  column3  column4")
  #expect(lines.last == "(16 more columns not shown: use select, or show for cards)")
  #expect(lines.dropLast().allSatisfy { DisplayWidth.of(String($0)) <= 40 })
}

@Test func idColumnStaysWholeWhileTextIsCut() {
  let table = Table(
    columns: [Column("id"), Column("year"), Column("text")],
    rows: [
      [.string("1953-uk-beria/2.2"), .int(1953), .string(String(repeating: "word ", count: 20))]
    ])
  let lines = TableRenderer(width: 40).render(PipeValue(table: table)).split(separator: "\n")
  #expect(lines[2] == "1953-uk-beria/2.2  1953  word word word…")
}
