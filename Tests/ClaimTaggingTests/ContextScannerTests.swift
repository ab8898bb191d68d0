import Testing

@testable import ClaimTagging

/// The resuming context scanner must agree with a fresh `context(at:)` at every offset.
@Suite struct ContextScannerTests {
  @Test(arguments: [
    "It is likely, although (some say) \"not certain\", that he fell.",
    "\u{201C}Quoted\u{201D} \u{2014} which may be so; if not, then (perhaps) never.",
  ])
  func agreesWithAFreshScan(_ sentence: String) {
    var text = sentence
    text.withUTF8 { bytes in
      let reader = HitReader(bytes: bytes, entries: [], info: [])
      var scanner = HitReader.ContextScanner()
      var mismatches = 0
      for offset in 0...bytes.count {
        let resumed = scanner.context(at: offset, in: reader)
        let fresh = reader.context(at: offset)
        if resumed.inParentheses != fresh.inParentheses || resumed.quoted != fresh.quoted
          || resumed.subordinate != fresh.subordinate
        {
          mismatches += 1
        }
      }
      #expect(mismatches == 0)
      let late = reader.context(at: bytes.count - 8)
      #expect(scanner.context(at: bytes.count - 8, in: reader).quoted == late.quoted)
    }
  }

  @Test func readsParenthesesQuotesAndClauses() {
    var text = "He said, (if \"so"
    text.withUTF8 { bytes in
      let context = HitReader(bytes: bytes, entries: [], info: []).context(at: bytes.count)
      #expect(context.inParentheses)
      #expect(context.quoted)
      #expect(context.subordinate)
    }
  }
}
