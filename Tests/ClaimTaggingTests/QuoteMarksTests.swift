import Testing

@testable import ClaimTagging

/// Quotation-mark events read from UTF-8 bytes: curly marks, and straight marks that open after
/// a space, a bracket, an em dash or the start.
@Suite struct QuoteMarksTests {
  @Test(arguments: [
    ("no quotes here", [Bool]()),
    ("\"Open and close,\" he said.", [true, false]),
    ("\u{201C}Curly\u{201D} marks", [true, false]),
    ("word\u{2014}\"dash opens\"", [true, false]),
    ("(\"bracket\") and [\"square\"]", [true, false, true, false]),
    ("caf\u{E9}\" closes after an accent", [false]),
    ("\u{2013}\" an en dash does not open", [false]),
  ])
  func events(_ sentence: String, _ expected: [Bool]) {
    #expect(QuoteMarks.events(sentence) == expected)
  }
}
