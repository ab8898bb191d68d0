extension HitReader {
  /// Picks the claim's source from resolved source hits.
  ///
  /// A name attributes when a reporting verb follows it ("Pravda said"), an introduction comes
  /// just before it ("according to"), or it stands in a citation after a quotation:
  /// `"..." (New York Times, July 22, 1957)`. A citation beats a named attribution, which beats
  /// an unnamed one ("reportedly"); ties go to the first. An attribution inside parentheses
  /// ("(some would say, ...)") covers only the aside, so it does not attribute the claim.
  func readSources(_ hits: ArraySlice<ClaimTagger.Hit>, into analysis: inout ClaimTagger.Analysis) {
    var citation: SourceAttribution?
    var named: SourceAttribution?
    var unnamed: SourceAttribution?
    for index in hits.indices {
      let hit = hits[index]
      guard let role = info[hit.entry].sourceRole, role.needsKind,
        let kind = info[hit.entry].sourceKind, entries[hit.entry].extra.count >= 2
      else { continue }
      // Built only when kept: most source hits attribute nothing, and a cue's text is a String.
      func attribution() -> SourceAttribution {
        SourceAttribution(name: entries[hit.entry].extra[1], kind: kind, cue: match(hit))
      }
      if analysis.mentioned == nil { analysis.mentioned = attribution() }
      if role == .attribution {
        if context(at: hit.start).inParentheses { continue }
        if kind == .unnamed {
          if unnamed == nil { unnamed = attribution() }
        } else {
          if named == nil { named = attribution() }
        }
        continue
      }
      if citation == nil && inCitation(hit.start) {
        citation = attribution()
        continue
      }
      let reported =
        index + 1 < hits.endIndex && roleOf(hits[index + 1]) == .report
        && gapIsShort(from: hit.end, to: hits[index + 1].start, words: 0)
      let introduced =
        index > hits.startIndex && roleOf(hits[index - 1]) == .intro
        && gapIsShort(from: hits[index - 1].end, to: hit.start, words: 1)
      if named == nil && (reported || introduced) { named = attribution() }
    }
    if let source = citation ?? named ?? unnamed {
      analysis.tags.source = source
      analysis.viaCitation = citation != nil
    }
  }

  private func roleOf(_ hit: ClaimTagger.Hit) -> SourceRole? {
    info[hit.entry].sourceRole
  }

  /// True when `offset` is inside parentheses that open after a quotation mark, or that open
  /// the sentence (a citation standing on its own).
  func inCitation(_ offset: Int) -> Bool {
    var open: Int?
    var quoteSeen = false
    var quoteBeforeOpen = false
    var i = 0
    while i < offset {
      switch bytes[i] {
      case UInt8(ascii: "\""): quoteSeen = true
      case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x9D:
        quoteSeen = true
      case UInt8(ascii: "("):
        open = i
        quoteBeforeOpen = quoteSeen
      case UInt8(ascii: ")"): open = nil
      default: break
      }
      i += 1
    }
    guard let open else { return false }
    return quoteBeforeOpen || bytes[..<open].allSatisfy { $0 == 0x20 }
  }
}
