import ClaimTagging
import Foundation
import Testing

@Suite struct ConfidenceLevelTests {
  @Test func scaleIsOrderedAndRanked() {
    #expect(
      ConfidenceLevel.scale.map(\.rawValue) == [
        "remote", "very-unlikely", "unlikely", "even", "likely", "very-likely", "almost-certain",
      ])
    #expect(ConfidenceLevel.likely.rank == 4)
    #expect(ConfidenceLevel.possible.rank == nil)
    #expect(ConfidenceLevel.unmarked.rank == nil)
  }

  @Test(arguments: [
    (ConfidenceLevel.remote, 1, 5), (.veryUnlikely, 5, 20), (.unlikely, 20, 45), (.even, 45, 55),
    (.likely, 55, 80), (.veryLikely, 80, 95), (.almostCertain, 95, 99),
  ])
  func icd203Ranges(level: ConfidenceLevel, low: Int, high: Int) {
    #expect(level.icd203?.low == low)
    #expect(level.icd203?.high == high)
  }

  @Test func kentAndYardstick() {
    #expect(ConfidenceLevel.likely.kent?.low == 63)
    #expect(ConfidenceLevel.likely.kent?.high == 87)
    #expect(ConfidenceLevel.veryLikely.kent == nil)
    #expect(ConfidenceLevel.remote.ukYardstick?.low == 0)
    #expect(ConfidenceLevel.almostCertain.ukYardstick?.high == 100)
    #expect(ConfidenceLevel.even.ukYardstick?.term == "realistic possibility")
    #expect(ConfidenceLevel.certain.icd203 == nil)
  }

  @Test func negationMirrorsTheScale() {
    #expect(ConfidenceLevel.likely.negated == .unlikely)
    #expect(ConfidenceLevel.almostCertain.negated == .remote)
    #expect(ConfidenceLevel.even.negated == .even)
    #expect(ConfidenceLevel.certain.negated == .uncertain)
  }

  /// The figures in code equal the cited data file, line for line.
  @Test func scalesFileAgreesWithCode() throws {
    let url = repositoryRoot.appendingPathComponent("Lexicons/data/scales.tsv")
    let text = try String(contentsOf: url, encoding: .utf8)
    var rows = 0
    for line in text.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t").map(String.init)
      try #require(fields.count == 5)
      let level = try #require(ConfidenceLevel(rawValue: fields[0]))
      let range: ProbabilityRange?
      switch fields[1] {
      case "icd203": range = level.icd203
      case "kent": range = level.kent
      default: range = level.ukYardstick
      }
      #expect(
        range
          == ProbabilityRange(
            low: Int(fields[2]) ?? -1, high: Int(fields[3]) ?? -1, term: fields[4]))
      rows += 1
    }
    #expect(rows == 19)
  }
}
