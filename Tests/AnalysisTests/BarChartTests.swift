import Analysis
import Testing

@Suite struct BarChartTests {
  @Test(arguments: [
    (0.5, 4, "██"), (0.3, 1, "▎"), (1.0, 3, "███"), (0.0, 5, ""), (0.55, 2, "█▏"),
  ])
  func unicodeBars(fraction: Double, width: Int, expected: String) {
    #expect(BarChart(ascii: false).bar(fraction, width: width) == expected)
  }

  @Test func asciiBars() {
    #expect(BarChart(ascii: true).bar(0.5, width: 10) == "#####")
  }

  @Test(arguments: [
    (["LANG": "en_US.UTF-8"], true),
    (["LANG": "C"], false),
    (["LC_ALL": "C", "LANG": "en_US.UTF-8"], false),
    (["LC_CTYPE": "C.utf8"], true),
    (["LANG": "en_US.UTF-8", "ASSAY_ASCII": "1"], false),
    ([:], false),
  ])
  func blocksFromEnvironment(environment: [String: String], expected: Bool) {
    #expect(BarChart.canDrawBlocks(environment: environment) == expected)
  }

  @Test func wrapFillsLines() {
    #expect(
      TextLayout.wrap("the quick brown fox jumps", width: 10) == [
        "the quick", "brown fox", "jumps",
      ])
  }
}
