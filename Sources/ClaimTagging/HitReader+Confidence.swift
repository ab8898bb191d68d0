extension HitReader {
  /// Turns resolved confidence hits into cues, applies negation, and picks the governing cue.
  ///
  /// A negator ("not", "hardly") at most one word before a cue flips it unless the cue is
  /// flagged `keep`. The governing cue is the first one in the main clause (not in a
  /// subordinate clause, parentheses or quotation, and not an `aside`); failing that the first
  /// one outside parentheses and quotation; failing that the first.
  func readConfidence(_ hits: ArraySlice<ClaimTagger.Hit>, into tags: inout ClaimTags) {
    var cues: [CueMatch] = []
    cues.reserveCapacity(hits.count)
    var asides: [Bool] = []
    asides.reserveCapacity(hits.count)
    var negatorEnd: Int?
    for hit in hits {
      let entry = info[hit.entry]
      switch entry.confidenceRole {
      case .notACue: continue
      case .negator:
        negatorEnd = hit.end
        continue
      case .cue: break
      }
      guard let base = entry.level else { continue }
      let negated = negatorEnd.map { gapIsShort(from: $0, to: hit.start, words: 1) } ?? false
      let level = negated && !entry.keep ? base.negated : base
      cues.append(CueMatch(match: match(hit), level: level, negated: negated, governs: false))
      asides.append(entry.aside)
    }
    guard !cues.isEmpty else { return }
    var best = 0
    if cues.count > 1 {
      var bestRank = Int.max
      var scanner = ContextScanner()
      for (index, cue) in cues.enumerated() {
        let place = scanner.context(at: cue.match.range.lowerBound, in: self)
        let rank =
          place.enclosed ? 3 : asides[index] ? 2 : place.subordinate ? 1 : 0
        if rank < bestRank {
          bestRank = rank
          best = index
        }
      }
    }
    cues[best].governs = true
    tags.cues = cues
    tags.level = cues[best].level
  }
}
