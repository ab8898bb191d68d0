import ClaimTagging
import CorpusLoading

/// A draft edit's claim read twice: with that one edit undone ("before") and applied ("after"),
/// each tagged, so `edits | where changes_level` finds the edits that change a judgement.
///
/// For struck text, "before" keeps the struck words; for an insertion or handwriting, "before"
/// leaves them out. Every other edit in the paragraph stays as in the final reading.
public struct EditReading: Sendable, Hashable {
  public var before: String
  public var after: String
  public var levelBefore: ConfidenceLevel
  public var levelAfter: ConfidenceLevel
  public var sourceBefore: String
  public var sourceAfter: String

  public var changesLevel: Bool { levelBefore != levelAfter }
  public var changesSource: Bool { sourceBefore != sourceAfter }
}

extension Workbench {
  /// One reading per edit of `document`, in `document.edits` order; nil where the edit has no
  /// claim or its words cannot be found in the paragraph's two readings.
  public func editReadings(_ document: Document) -> [EditReading?] {
    let tagger = ClaimTagger(lexicons: lexicons)
    var locators: [String: EditLocator] = [:]
    return document.edits.map { edit in
      guard let claimID = edit.claimID, let claim = self.claim(claimID),
        let version = document.versions.first(where: { $0.id == edit.versionID }),
        let paragraph = version.paragraphs.first(where: { $0.index == edit.paragraphIndex })
      else { return nil }
      let key = "\(edit.versionID)/\(edit.paragraphIndex)"
      var locator = locators[key] ?? EditLocator(paragraph)
      let before = locator.before(edit, claim: claim.claim)
      locators[key] = locator
      guard let before else { return nil }
      let after = claim.claim.text
      let plainBefore = tagger.tag(before)
      let plainAfter = tagger.tag(after)
      // Tags read in document context (quotations, inherited sources) are kept for "after";
      // "before" differs from them only where the edit itself makes a difference.
      let levelBefore = plainBefore.level == plainAfter.level ? claim.tags.level : plainBefore.level
      let sourceBefore =
        plainBefore.source.name == plainAfter.source.name
        ? claim.tags.source.name : plainBefore.source.name
      return EditReading(
        before: before, after: after, levelBefore: levelBefore, levelAfter: claim.tags.level,
        sourceBefore: sourceBefore, sourceAfter: claim.tags.source.name)
    }
  }
}

/// Finds each edit of one paragraph in a word diff of its typed and final readings.
struct EditLocator {
  /// Words of the final reading.
  let final: [String]
  /// Words only in the typed reading, each with the final position it would stand at.
  let deleted: [(anchor: Int, word: String)]
  /// Final positions of words only in the final reading.
  let inserted: [Int]
  /// Each claim's range of final words, or nil when claims do not tile the final reading.
  let claimRanges: [Range<Int>]?
  let claims: [Claim]
  private var deletedCursor = 0
  private var insertedCursor = 0

  init(_ paragraph: Paragraph) {
    final = Self.words(paragraph.finalText)
    let typed = Self.words(paragraph.typedText)
    var deleted: [(Int, String)] = []
    var inserted: [Int] = []
    var position = 0
    for op in LCS.script(typed, final) {
      switch op {
      case .keep: position += 1
      case .delete(let i): deleted.append((position, typed[i]))
      case .insert:
        inserted.append(position)
        position += 1
      }
    }
    self.deleted = deleted
    self.inserted = inserted
    claims = paragraph.claims
    var ranges: [Range<Int>] = []
    var start = 0
    for claim in paragraph.claims {
      let n = Self.words(claim.text).count
      ranges.append(start..<(start + n))
      start += n
    }
    claimRanges = start == final.count ? ranges : nil
  }

  static func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

  /// Lower-case letters and digits only, so `opinion,` matches `opinion`.
  static func key(_ word: String) -> String {
    String(word.lowercased().filter { $0.isLetter || $0.isNumber })
  }

  /// The claim's text with `edit` undone, or nil when it cannot be placed.
  mutating func before(_ edit: DraftEdit, claim: Claim) -> String? {
    let keys = Self.words(edit.text).map(Self.key).filter { !$0.isEmpty }
    guard let claimRanges, let c = claims.firstIndex(where: { $0.id == claim.id }), !keys.isEmpty
    else { return fallback(edit, claim) }
    let range = claimRanges[c]
    if edit.kind == .struck {
      let stream = deleted.map { Self.key($0.word) }
      guard let k = Self.find(keys, in: stream, from: deletedCursor) else {
        return fallback(edit, claim)
      }
      deletedCursor = k + keys.count
      var words = Array(final[range])
      for (anchor, word) in deleted[k..<(k + keys.count)].reversed() {
        let at = min(max(anchor, range.lowerBound), range.upperBound) - range.lowerBound
        words.insert(word, at: at)
      }
      return Self.tidy(words)
    }
    let stream = inserted.map { Self.key(final[$0]) }
    guard let k = Self.find(keys, in: stream, from: insertedCursor) else {
      return fallback(edit, claim)
    }
    insertedCursor = k + keys.count
    let drop = Set(inserted[k..<(k + keys.count)])
    return Self.tidy(range.filter { !drop.contains($0) }.map { final[$0] })
  }

  /// First index at or after `from` where `keys` occur in a row in `stream`, in any order
  /// (a word diff may keep a struck `to the` and strike the same words a little later).
  static func find(_ keys: [String], in stream: [String], from: Int) -> Int? {
    guard stream.count >= keys.count else { return nil }
    let wanted = keys.sorted()
    for k in stride(from: from, through: stream.count - keys.count, by: 1)
    where stream[k..<(k + keys.count)].sorted() == wanted {
      return k
    }
    return nil
  }

  /// An insertion inside a word (`purges/^{of}`): the claim without the first occurrence of
  /// its text. Struck text that cannot be placed gives nil.
  private func fallback(_ edit: DraftEdit, _ claim: Claim) -> String? {
    guard edit.kind != .struck, let r = claim.text.range(of: edit.text) else { return nil }
    var text = claim.text
    text.removeSubrange(r)
    return Self.tidy(Self.words(text))
  }

  /// Words joined with single spaces, no space before `, . ; : )`, no doubled comma.
  static func tidy(_ words: [String]) -> String {
    var out = ""
    for word in words {
      if let first = word.first, ",.;:)".contains(first) {
        if first == ",", out.hasSuffix(",") { out += word.dropFirst() } else { out += word }
      } else {
        out += out.isEmpty ? word : " " + word
      }
    }
    return out
  }
}
