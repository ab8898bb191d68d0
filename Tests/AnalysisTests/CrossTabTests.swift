import Analysis
import ClaimTable
import Testing

@Suite struct CrossTabTests {
  let tab = CrossTab(Fixtures.small, columns: .level, rows: .year)

  @Test func labelsFollowYearAndScaleOrder() {
    #expect(tab.rowLabels == ["1937", "1953"])
    #expect(tab.columnLabels == ["remote", "likely", "almost-certain", "possible", "unmarked"])
  }

  @Test(arguments: [
    ("1937", "likely", 2), ("1937", "unmarked", 1), ("1937", "remote", 0),
    ("1953", "remote", 1), ("1953", "possible", 1), ("1953", "almost-certain", 1),
  ])
  func counts(row: String, column: String, expected: Int) {
    #expect(tab.count(row: row, column: column) == expected)
  }

  @Test func rowPercentagesAndMeanProbability() {
    #expect(abs(tab.rowPercent(0, 1) - 200.0 / 3) < 1e-9)
    #expect(tab.rowScaled == [2, 2])
    #expect(tab.rowClaims == [3, 3])
    // 1937: two likely claims (55..80 → 67.5). 1953: remote 3 and almost-certain 97 → 50.
    #expect(tab.rowMeanProbability[0] == 67.5)
    #expect(tab.rowMeanProbability[1] == 50)
  }

  @Test func listColumnCountsEachValueOnce() {
    let topics = CrossTab(Fixtures.small, columns: .topics, rows: .year)
    #expect(topics.columnLabels == ["purge", "military", "security-police"])
    #expect(topics.count(row: "1937", column: "purge") == 2)
    #expect(topics.count(row: "1937", column: "military") == 1)
    #expect(topics.rowTotal(0) == 3)
    #expect(topics.rowClaims[0] == 3)
  }

  @Test func foldingKeepsTheLargestColumns() {
    let topics = CrossTab(Fixtures.small, columns: .entities, rows: .year)
    #expect(topics.folded(to: 2).columnLabels == topics.columnLabels)
    let byYear = CrossTab(Fixtures.small, columns: .year, rows: .level)
    #expect(byYear.folded(to: 1).columnLabels == ["1937", "1953"])
    let bySource = CrossTab(Fixtures.small, columns: .source, rows: .year).folded(to: 2)
    #expect(bySource.columnLabels == ["author", "other (2)"])
    #expect(bySource.count(row: "1937", column: "other (2)") == 1)
    #expect(bySource.count(row: "1953", column: "other (2)") == 1)
  }

  @Test(arguments: [
    ("sources", ClaimDimension.sourceKind), ("Level", .level), ("topic", .topics),
    ("entity", .entities), ("basis", .basis), ("doc", .doc),
  ])
  func dimensionNames(name: String, expected: ClaimDimension) {
    #expect(ClaimDimension(named: name) == expected)
  }

  @Test func unknownDimensionIsNil() {
    #expect(ClaimDimension(named: "levle") == nil)
  }

  @Test func realCorpusLevelByYear1937() throws {
    let workbench = try #require(Fixtures.workbench)
    let real = CrossTab(workbench.claims, columns: .level, rows: .year)
    #expect(real.rowLabels == ["1937", "1953", "1957", "2019"])
    #expect(real.count(row: "1937", column: "likely") == 6)
    #expect(real.count(row: "1937", column: "possible") == 3)
    #expect(real.count(row: "1937", column: "unmarked") == 26)
    #expect(real.rowTotal(0) == 39)
    #expect(real.rowScaled[0] == 7)
    #expect(real.rowMeanProbability[0] == 62.5)
    #expect(real.columnLabels.first == "very-unlikely")
    #expect(real.columnLabels.last == "unmarked")
  }

  @Test func reportShowsCountsPercentAndBars() {
    let text = CrossTabReport(width: 80, ascii: true).render(tab)
    #expect(text.contains("level by year: claims"))
    #expect(text.contains("66.7%"))
    #expect(text.contains("67.5%  (2 of 3 on the scale)"))
    #expect(!text.contains("█"))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
  }
}
