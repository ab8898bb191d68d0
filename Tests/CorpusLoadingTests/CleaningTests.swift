import Testing

@testable import CorpusLoading

struct LineCase: CustomTestStringConvertible, Sendable {
  var line: String
  var reasons: [FurnitureItem.Reason]
  var rest: String
  var testDescription: String { line }
}

let lineCases: [LineCase] = [
  LineCase(line: "~~SECRET~~", reasons: [.classificationBanner], rest: ""),
  LineCase(line: "~~S E C R E T~~", reasons: [.classificationBanner], rest: ""),
  LineCase(line: "~~S-E-C-R-E-T~~", reasons: [.classificationBanner], rest: ""),
  LineCase(line: "SECRET", reasons: [.classificationBanner], rest: ""),
  LineCase(line: "Top Secret", reasons: [.classificationBanner], rest: ""),
  LineCase(line: "~~SECRET~~single", reasons: [.classificationBanner], rest: "single"),
  LineCase(line: "- 8 -", reasons: [.pageNumber], rest: ""),
  LineCase(line: "-2-", reasons: [.pageNumber], rest: ""),
  LineCase(line: "— 8 —", reasons: [.pageNumber], rest: ""),
  LineCase(line: "25X1C10b", reasons: [.redactionCode], rest: ""),
  LineCase(line: "25X1C10b SUBJECT:", reasons: [.redactionCode], rest: "SUBJECT:"),
  LineCase(line: "5R0007000500", reasons: [.archiveNumber], rest: ""),
  LineCase(line: "卷之三", reasons: [.ocrGarbage], rest: ""),
  LineCase(line: "← single", reasons: [.marginalia], rest: ""),
  LineCase(
    line: "The Secret Police (M.V.D.) fell.", reasons: [], rest: "The Secret Police (M.V.D.) fell."),
  LineCase(line: "In 1953 it fell.", reasons: [], rest: "In 1953 it fell."),
]

@Test(arguments: lineCases) func classifiesFurnitureLines(_ c: LineCase) {
  let result = LineClassifier.classify(Array(c.line.utf8)[...])
  #expect(result.furniture.map(\.reason) == c.reasons)
  #expect(ByteText.string(result.text) == c.rest)
}

struct MarkupCase: CustomTestStringConvertible, Sendable {
  var raw: String
  var final: String
  var typed: String
  var kinds: [DraftEdit.Kind]
  var testDescription: String { raw }
}

let markupCases: [MarkupCase] = [
  MarkupCase(
    raw: "We ~~ought~~ should think.", final: "We should think.",
    typed: "We ought should think.", kinds: [.struck]),
  MarkupCase(
    raw: "made ^{as early as} January.", final: "made as early as January.",
    typed: "made January.", kinds: [.inserted]),
  MarkupCase(
    raw: "the attachment *in which*\n~~where~~ Soviet", final: "the attachment in which Soviet",
    typed: "the attachment where Soviet", kinds: [.handwritten, .struck]),
  MarkupCase(
    raw: "It was *not\nso* clear.", final: "It was not so clear.", typed: "It was clear.",
    kinds: [.handwritten]),
  MarkupCase(raw: "of 19 June* may", final: "of 19 June may", typed: "of 19 June* may", kinds: []),
  MarkupCase(raw: "leaders** and", final: "leaders and", typed: "leaders** and", kinds: []),
  MarkupCase(
    raw: "The crux of the matter, ~~in my opinion~~, lies", final: "The crux of the matter, lies",
    typed: "The crux of the matter, in my opinion, lies", kinds: [.struck]),
  MarkupCase(
    raw: "company, and ~~Stalin. Or not.~~.", final: "company, and.",
    typed: "company, and Stalin. Or not..", kinds: [.struck]),
  MarkupCase(
    raw: "led by the Soviets ...", final: "led by the Soviets ...", typed: "led by the Soviets ...",
    kinds: []),
  MarkupCase(
    raw: "It is  so , and ,, then .", final: "It is so, and, then.",
    typed: "It is so, and, then.", kinds: []),
  MarkupCase(raw: "a,,b  c ;d", final: "a,b c;d", typed: "a,b c;d", kinds: []),
  MarkupCase(
    raw: "wait .. and  more", final: "wait .. and more", typed: "wait .. and more", kinds: []),
  MarkupCase(
    raw: "unclosed ~~ and ^{ stay", final: "unclosed ~~ and ^{ stay",
    typed: "unclosed ~~ and ^{ stay", kinds: []),
]

@Test(arguments: markupCases) func rendersDraftMarkup(_ c: MarkupCase) {
  let raw = Array(c.raw.utf8).map { $0 == 0x0A ? 0x20 : $0 }
  let (m, _) = DraftMarkup.render(raw, marks: [])
  #expect(String(decoding: m.final, as: UTF8.self) == c.final)
  #expect(String(decoding: m.typed, as: UTF8.self) == c.typed)
  #expect(m.edits.map(\.kind) == c.kinds)
}

struct LabelCase: CustomTestStringConvertible, Sendable {
  var lines: [String]
  var labels: [String?]
  var testDescription: String { lines.joined(separator: " / ") }
}

let labelCases: [LabelCase] = [
  LabelCase(
    lines: ["9. On the whole.", "a. The trip.", "- b. The briefings."], labels: ["9", "9.a", "9.b"]),
  LabelCase(
    lines: ["2. The question.", "(a) Stalin feared.", "(b) He knew."],
    labels: ["2", "2.(a)", "2.(b)"]),
  LabelCase(
    lines: ["11. Themes.", "l. The Danish press.", "(4). Possibility."],
    labels: ["11", "11.l", "11.l.(4)"]),
  LabelCase(lines: ["1.", "Text of one.", "(a)", "Text of a."], labels: ["1", "1.(a)"]),
  LabelCase(lines: ["- to consolidate positions;", "- to create a system."], labels: [nil, nil]),
]

@Test(arguments: labelCases) func resolvesLabels(_ c: LabelCase) {
  let doc = DocumentParser.parse(
    text: c.lines.joined(separator: "\n"), metadata: DocumentMetadata(id: "t"), path: "t")
  #expect(doc.versions.first?.paragraphs.map(\.label) == c.labels)
}

@Test func repeatedTitleMakesVersions() {
  let text = """
    Cover note.

    THE PLAN
    1. It is likely. It is bad.

    THE PLAN
    1. It is probable. It is bad.
    """
  let doc = DocumentParser.parse(text: text, metadata: DocumentMetadata(id: "d"), path: "d")
  #expect(doc.versions.map(\.id) == ["cover", "a", "b"])
  #expect(doc.claims.map(\.id) == ["d/cover/p1.1", "d/a/1.1", "d/a/1.2", "d/b/1.1", "d/b/1.2"])
}

@Test func repeatedLabelsGetDistinctIDs() {
  let doc = DocumentParser.parse(
    text: "1. One.\n\n1. Again.\n\n1. Third.", metadata: DocumentMetadata(id: "r"), path: "r")
  #expect(doc.claims.map(\.id) == ["r/1.1", "r/1~2.1", "r/1~3.1"])
}

@Test func randomDocumentsNeverCrash() {
  let alphabet = [
    "~~", "^{", "}", "*", "**", " ", "\n", "\n\n", "(", ")", "[1:", "]", "[footnoteRef:1]", ".",
    "...", "…", "SECRET", "- 8 -", "1.", "a.", "(a)", "- ", "It is likely", "THE TITLE", "e.g.",
    "\"", "”", "25X1A9a", "\u{00A0}", "é", "卷", "\t",
  ]
  var state: UInt64 = 0x9E37_79B9_7F4A_7C15
  for _ in 0..<300 {
    var text = ""
    for _ in 0..<60 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      text += alphabet[Int(state >> 33) % alphabet.count]
    }
    let doc = DocumentParser.parse(text: text, metadata: DocumentMetadata(id: "f"), path: "f")
    #expect(Set(doc.claims.map(\.id)).count == doc.claims.count)
  }
}

@Test func byteOrderMarkAndCRLFAreIgnored() {
  let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("1. It is likely.\r\n2. It is not.\r\n".utf8)
  let doc = DocumentParser.parse(bytes: bytes, metadata: DocumentMetadata(id: "m"), path: "m")
  #expect(doc.claims.map(\.id) == ["m/1.1", "m/2.1"])
  #expect(doc.claims.map(\.text) == ["It is likely.", "It is not."])
  #expect(doc.warnings.isEmpty)
}
