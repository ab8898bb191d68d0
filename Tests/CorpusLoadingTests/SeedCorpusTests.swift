import Foundation
import Testing

@testable import CorpusLoading

/// Expected shape of each bundled seed after cleaning.
struct SeedCase: CustomTestStringConvertible, Sendable {
  var id: String
  var versions: [String]
  var paragraphs: Int
  var firstClaim: String
  var lastClaim: String
  var testDescription: String { id }
}

let seedCases: [SeedCase] = [
  SeedCase(
    id: "1937-henderson", versions: ["main"], paragraphs: 20,
    firstClaim:
      "116. The following is a summary of an estimate of the Soviet internal situation reported in despatch number 365 of June 10, 1937,25 which went forward yesterday.",
    lastClaim:
      "I am convinced, however, and the other Secretaries of Mission concur with me, that the prestige of Stalin at present is lower than at any time since his assumption of power 13 years ago."
  ),
  SeedCase(
    id: "1953-uk-beria", versions: ["main"], paragraphs: 8,
    firstClaim:
      "The background to Beria’s fall is obscure and the factual evidence fragmentary and conflicting.",
    lastClaim:
      "The above may be used freely in discussion with Commonwealth authorities but you should emphasise that it is only our very tentative views at official level and assure them that we shall try to send them a more substantial and reliable assessment in due course."
  ),
  SeedCase(
    id: "1953-belgian", versions: ["main"], paragraphs: 22,
    firstClaim:
      "Despite a certain number of reassuring gestures made at international level by the new Government of the Soviet Union, there is currently no reason to believe that the ultimate aims of Soviet policy have changed in the least.",
    lastClaim:
      "However, one thing is certain: the Soviet Government will be quick to exploit any weakening by the free world and will not flinch at re-embarking on a more forthright policy if it judges that the circumstances are propitious."
  ),
  SeedCase(
    id: "1957-cia", versions: ["cover", "a", "b"], paragraphs: 88,
    firstClaim:
      "Attention is called to the last paragraph of the attachment in which Soviet reactions to certain themes stressed in Free World have been set out in order to illustrate \"what hurts.\"",
    lastClaim:
      "Grateful appreciation of NATO which protects free people from developments such as occur in the East."
  ),
  SeedCase(
    id: "blog-beria", versions: ["main"], paragraphs: 11,
    firstClaim:
      "Continuing with this piece by Evgeny Krutikov, but before moving on to Beria’s (putative) Big Plan for internal reforms, I just wanted to linger a tad longer, on the issue of Soviet foreign policy.",
    lastClaim:
      "Meanwhile, back in the Soviet Union, Beria was carefully compiling his kompromat on all of Stalin’s former henchpersons, while planning his own ambitious project of internal reforms…"
  ),
]

@Suite struct SeedCorpusTests {
  let corpus: Corpus

  init() throws { corpus = try CorpusLoader.loadBundled() }

  @Test func loadsFiveDocumentsWithoutWarnings() {
    #expect(corpus.documents.map(\.id).sorted() == seedCases.map(\.id).sorted())
    #expect(corpus.warnings.isEmpty)
    #expect(corpus.documents.allSatisfy { $0.sourcePath.hasPrefix("bundled:") })
  }

  @Test(arguments: seedCases) func shape(_ seed: SeedCase) throws {
    let doc = try #require(corpus.document(seed.id))
    #expect(doc.versions.map(\.id) == seed.versions)
    #expect(doc.paragraphCount == seed.paragraphs)
    #expect(doc.claims.first?.text == seed.firstClaim)
    #expect(doc.claims.last?.text == seed.lastClaim)
  }

  @Test func noFurnitureOrMarkupInAnyClaim() {
    let banned = [
      "~~", "^{", "25X1", "SECRET", "S E C R E T", "S-E-C-R-E-T", "卷", "←",
      "[footnoteRef", "Leave a Reply", "Caption:", "Connecting to", "5R0007000500",
      "Saves", "Acutes", "It is a matter of", "Third of", "in pre WW II Germany",
      "removed (but not here)", "Not a friend", "m 1440",
    ]
    for claim in corpus.claims {
      for word in banned { #expect(!claim.text.contains(word), "\(claim.id): \(word)") }
      #expect(!isBarePageNumber(claim.text), "\(claim.id)")
      #expect(!claim.text.hasPrefix("*"), "\(claim.id)")
    }
  }

  @Test func editorialFootnotesAreNotClaims() throws {
    let doc = try #require(corpus.document("1953-uk-beria"))
    #expect(doc.editorNotes.map(\.number) == [1, 2, 3, 4, 5, 6, 7])
    let texts = doc.claims.map(\.text).joined(separator: "\n")
    for note in doc.editorNotes { #expect(!texts.contains(String(note.text.prefix(30)))) }
    #expect(!texts.contains("1999"))
    #expect(doc.editorNotes.first { $0.number == 7 }?.paragraphIndex == 6)
    #expect(doc.versions[0].paragraphs[2].noteNumbers == [2, 3, 4, 5])
    let declaration = doc.versions[0].paragraphs[3]
    #expect(declaration.noteNumbers == [6])
    #expect(declaration.claims.first?.id == "1953-uk-beria/p4.1")
    #expect(declaration.finalText.hasPrefix("The declaration of support for the Central Committee"))
  }

  @Test func telegramLabelsStandOnTheirOwnLines() throws {
    let doc = try #require(corpus.document("1937-henderson"))
    let labels = doc.versions[0].paragraphs.compactMap(\.label)
    let letters = "abcdefgh".map { "3.(\($0))" }
    let expected = ["1", "2"] + "abcdefg".map { "2.(\($0))" } + ["3"] + letters
    #expect(labels == expected)
    #expect(doc.editorNotes.map(\.text) == ["Not printed."])
    #expect(doc.claims.contains { $0.id == "1937-henderson/2.a.1" })
  }

  @Test func nestedLabelsOfTheCIAMemorandum() throws {
    let doc = try #require(corpus.document("1957-cia"))
    let b = try #require(doc.versions.last)
    let labels = b.paragraphs.compactMap(\.label)
    #expect(labels.contains("9.a"))
    #expect(labels.contains("11.l.(4)"))
    #expect(b.claims.contains { $0.id == "1957-cia/b/11.l.4.1" })
    #expect(b.title == "THE KHRUSHCHEV PURGE (23 July 1957)")
  }

  @Test func pageBreaksAreJoined() throws {
    let doc = try #require(corpus.document("1957-cia"))
    let texts = doc.claims.map(\.text)
    #expect(texts.contains { $0.hasSuffix("Plenum of the Central Committee in July.") })
    #expect(
      texts.contains { $0.contains("in the Presidium sessions of 17, 18 and 19 June may have") })
    let belgian = try #require(corpus.document("1953-belgian"))
    #expect(
      belgian.claims.contains { $0.text.contains("in the Vladivostok area) are an indication") })
  }

  @Test func draftEditsKeepBothReadings() throws {
    let doc = try #require(corpus.document("1957-cia"))
    let crux = try #require(doc.versions[1].paragraphs.first { $0.finalText.hasPrefix("The crux") })
    #expect(crux.finalText.hasPrefix("The crux of the matter, lies in"))
    #expect(crux.typedText.hasPrefix("The crux of the matter, in my opinion, lies in"))
    let edit = try #require(doc.edits.first { $0.text == "in my opinion" })
    #expect(edit.kind == .struck)
    #expect(edit.versionID == "a")
    #expect(edit.line == 196)
    #expect(edit.claimID == "1957-cia/a/p23.1")
    let possible = try #require(doc.edits.first { $0.text == "It is possible" })
    #expect(possible.kind == .handwritten)
    let marginal = doc.furniture.filter { $0.reason == .marginalia }.map(\.text)
    #expect(marginal.contains("*single"))
    #expect(marginal.contains("Saves"))
    #expect(marginal.contains("It is a matter of"))
  }

  @Test func furnitureIsListedWithReasons() throws {
    let doc = try #require(corpus.document("1957-cia"))
    let reasons = Set(doc.furniture.map(\.reason))
    #expect(
      reasons == [
        .classificationBanner, .pageNumber, .redactionCode, .archiveNumber, .marginalia,
        .ocrGarbage,
      ])
    #expect(
      doc.furniture.contains { $0.text == "卷之三" && $0.reason == .ocrGarbage && $0.line == 102 })
    #expect(doc.furniture.contains { $0.text == "— 8 —" && $0.reason == .pageNumber })
  }

  @Test func webWrappersAreLifted() throws {
    let belgian = try #require(corpus.document("1953-belgian"))
    #expect(
      belgian.wrapperFields.map(\.name) == [
        "Caption", "Source", "Copyright", "URL", "Last updated",
      ])
    let blog = try #require(corpus.document("blog-beria"))
    #expect(blog.furniture.filter { $0.reason == .webFooter }.count == 12)
  }

  @Test func idsAreStableAcrossLoads() throws {
    let again = try CorpusLoader.loadBundled()
    #expect(again.claims.map(\.id) == corpus.claims.map(\.id))
    #expect(Set(corpus.claims.map(\.id)).count == corpus.claims.count)
  }

  // Loading from another working directory is tested through the binary
  // (AssayCLITests.pipedDocsListsTheBundledCorpusFromAnyFolder): changing this process's
  // directory here raced with tests that spawn processes in parallel, whose child then failed
  // to enter a removed directory.

  private func isBarePageNumber(_ s: String) -> Bool {
    s.allSatisfy { $0.isNumber || $0 == "-" || $0 == " " || $0 == "—" }
  }
}
