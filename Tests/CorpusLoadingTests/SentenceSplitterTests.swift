import Testing

@testable import CorpusLoading

struct SplitCase: CustomTestStringConvertible, Sendable {
  var id: String
  var text: String
  var sentences: [String]
  var testDescription: String { id }
}

let splitCases: [SplitCase] = [
  SplitCase(
    id: "i.e. and e.g.", text: "He moved, i.e., he fled. Others, e.g. Dekanozov, stayed.",
    sentences: ["He moved, i.e., he fled.", "Others, e.g. Dekanozov, stayed."]),
  SplitCase(
    id: "spaced i. e. and E. g.",
    text: "It was, i. e., over. E. g., Voznesensky; Kuznetsov, et al.",
    sentences: ["It was, i. e., over.", "E. g., Voznesensky; Kuznetsov, et al."]),
  SplitCase(
    id: "initials and M.V.D.", text: "L.P. Beria ran the M.V.D. for years. He fell.",
    sentences: ["L.P. Beria ran the M.V.D. for years.", "He fell."]),
  SplitCase(
    id: "Y. No. 243", text: "See Y. No. 243 of today. It is short.",
    sentences: ["See Y. No. 243 of today.", "It is short."]),
  SplitCase(
    id: "titles", text: "Mr. Smith met Dr. Jones at St. Paul's. They spoke.",
    sentences: ["Mr. Smith met Dr. Jones at St. Paul's.", "They spoke."]),
  SplitCase(
    id: "et al. then capital", text: "Marshal Tukhachevsky, et al. It may be speculated.",
    sentences: ["Marshal Tukhachevsky, et al.", "It may be speculated."]),
  SplitCase(
    id: "numbers and dates",
    text: "On 15th July in 1948-9 some 60% of 110 200 roubles went. From 5-17 July it rose.",
    sentences: [
      "On 15th July in 1948-9 some 60% of 110 200 roubles went.", "From 5-17 July it rose.",
    ]),
  SplitCase(
    id: "sentence ends inside quotes",
    text: "He wanted the matter \"thrashed out in the Presidium.\" This item is plausible.",
    sentences: [
      "He wanted the matter \"thrashed out in the Presidium.\"", "This item is plausible.",
    ]),
  SplitCase(
    id: "comma inside quotes", text: "\"It is over,\" Pravda said, \"but not done.\"",
    sentences: ["\"It is over,\" Pravda said, \"but not done.\""]),
  SplitCase(
    id: "parenthetical sentence",
    text: "They had no chance. (We presume that he controlled it.) The choice was weak.",
    sentences: [
      "They had no chance.", "(We presume that he controlled it.)", "The choice was weak.",
    ]),
  SplitCase(
    id: "citation in parentheses", text: "It ended.\" (New York Times, July 22, 1957).",
    sentences: ["It ended.\" (New York Times, July 22, 1957)."]),
  SplitCase(
    id: "ellipses", text: "Led by the Soviets ... and more. His charm offensive…. As if.",
    sentences: ["Led by the Soviets ... and more.", "His charm offensive….", "As if."]),
  SplitCase(
    id: "question and curly quotes", text: "He asked “Can’t we?” Nobody answered.",
    sentences: ["He asked “Can’t we?”", "Nobody answered."]),
  SplitCase(
    id: "number alone is not a sentence", text: "116. The following is a summary.",
    sentences: ["116. The following is a summary."]),
  SplitCase(
    id: "CC/CPSU", text: "The CC/CPSU met. It decided.",
    sentences: ["The CC/CPSU met.", "It decided."]),
  SplitCase(
    id: "lower-case after period", text: "It was No. 5 vs. the rest. fine.",
    sentences: ["It was No. 5 vs. the rest. fine."]),
  SplitCase(id: "empty", text: "", sentences: []),
]

@Test(arguments: splitCases) func splitsSentences(_ c: SplitCase) {
  let bytes = Array(c.text.utf8)
  let got = SentenceSplitter.split(bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
  #expect(got == c.sentences)
}

@Test func listItemClaimsKeepTheirLabelOutOfTheText() {
  let doc = DocumentParser.parse(
    text: "11. The Soviets reacted.\n\n- a. Purge indicates internal discord.\n- b. Weakness.\n",
    metadata: DocumentMetadata(id: "t"), path: "t.txt")
  #expect(doc.claims.map(\.id) == ["t/11.1", "t/11.a.1", "t/11.b.1"])
  #expect(doc.claims.map(\.text)[1] == "Purge indicates internal discord.")
}

@Test func struckTextWithPeriodsIsNotSegmented() {
  let doc = DocumentParser.parse(
    text: "1. We ~~think so. It is. Surely~~ believe it is likely. Next one.\n",
    metadata: DocumentMetadata(id: "t"), path: "t.txt")
  #expect(doc.claims.map(\.text) == ["We believe it is likely.", "Next one."])
  #expect(
    doc.versions[0].paragraphs[0].typedText
      == "We think so. It is. Surely believe it is likely. Next one.")
}
