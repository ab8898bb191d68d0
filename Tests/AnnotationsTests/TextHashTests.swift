import Testing

@testable import Annotations

struct TextHashCase: Sendable, CustomTestStringConvertible {
  var text: String
  var hash: String
  var testDescription: String { "\"\(text)\"" }
}

@Test(arguments: [
  TextHashCase(text: "", hash: "cbf29ce484222325"),
  TextHashCase(text: "a", hash: "af63dc4c8601ec8c"),
  TextHashCase(text: "foobar", hash: "85944171f73967e8"),
])
func fnv1aKnownVectors(_ c: TextHashCase) {
  #expect(TextHash.of(c.text) == c.hash)
}

@Test func whitespaceRunsAndEndsDoNotChangeTheHash() {
  let plain = TextHash.of("The army is loyal.")
  #expect(TextHash.of("  The army  is\nloyal.\r\n") == plain)
  #expect(TextHash.of("The army is loyal!") != plain)
  #expect(TextHash.of("Thearmy is loyal.") != plain)
}
