extension ClaimTagger {
  /// Tags a whole document's paragraphs of sentences, so quotations that run over several
  /// sentences or paragraphs, and citations after a quote, attribute every sentence inside.
  ///
  /// A quotation passage runs from the sentence holding its opening mark to the one holding its
  /// closing mark (a closing mark with no opening one reaches back to the nearest earlier
  /// sentence with a quotation mark, up to 12). Its source is, in order: a citation after the
  /// closing mark (in that sentence or a following one that starts with "("); an attribution
  /// inside the passage ("Pravda said"); or, for a passage that starts with its quotation mark,
  /// a source named in the sentence before it when that sentence ends with ":" or speaks of "the
  /// following" ("the following statement in Victor Zorza's article ... Manchester Guardian").
  /// Sentences of the passage attributed to no one get that source, marked `inherited`.
  public func tagDocument(_ paragraphs: [[String]]) -> [[ClaimTags]] {
    let sentences = paragraphs.flatMap { $0 }
    var analyses = sentences.map(analyse)
    for passage in quotationPassages(sentences) {
      guard let source = passageSource(passage, sentences, analyses) else { continue }
      for k in passage where analyses[k].tags.source.kind == .author {
        analyses[k].tags.source = SourceAttribution(
          name: source.name, kind: source.kind, cue: nil, inherited: true)
      }
    }
    var result: [[ClaimTags]] = []
    var k = 0
    for paragraph in paragraphs {
      result.append(analyses[k..<(k + paragraph.count)].map(\.tags))
      k += paragraph.count
    }
    return result
  }

  private func passageSource(
    _ passage: ClosedRange<Int>, _ sentences: [String], _ analyses: [Analysis]
  ) -> SourceAttribution? {
    let last = passage.upperBound
    if analyses[last].viaCitation { return analyses[last].tags.source }
    if last + 1 < sentences.count, sentences[last + 1].trimmingWhitespace().hasPrefix("("),
      analyses[last + 1].viaCitation
    {
      return analyses[last + 1].tags.source
    }
    if let inside = passage.first(where: { analyses[$0].tags.source.kind != .author }) {
      return analyses[inside].tags.source
    }
    let first = passage.lowerBound
    guard first > 0, QuoteMarks.startsWithQuote(sentences[first]) else { return nil }
    let before = sentences[first - 1].trimmingWhitespace()
    guard before.hasSuffix(":") || before.lowercased().contains("following") else { return nil }
    return analyses[first - 1].mentioned
  }

  /// Index ranges of the sentences each quotation covers.
  func quotationPassages(_ sentences: [String]) -> [ClosedRange<Int>] {
    var passages: [ClosedRange<Int>] = []
    var openAt: Int?
    for (k, sentence) in sentences.enumerated() {
      for opens in QuoteMarks.events(sentence) {
        if opens {
          if openAt == nil { openAt = k }
        } else if let start = openAt {
          passages.append(start...k)
          openAt = nil
        } else {
          let floor = max(0, k - 12)
          let start = (floor..<k).last { !QuoteMarks.events(sentences[$0]).isEmpty } ?? k
          passages.append(start...k)
        }
      }
      if let start = openAt, k - start > 12 { openAt = nil }
    }
    return passages
  }
}

/// Opening and closing quotation marks in a sentence.
enum QuoteMarks {
  /// True for an opening mark, false for a closing one, in order. A straight `"` opens after
  /// a space, an opening bracket or the start, and closes otherwise.
  static func events(_ sentence: String) -> [Bool] {
    var events: [Bool] = []
    var previous: Unicode.Scalar = " "
    for scalar in sentence.unicodeScalars {
      switch scalar {
      case "\u{201C}": events.append(true)
      case "\u{201D}": events.append(false)
      case "\"":
        events.append(
          previous == " " || previous == "(" || previous == "[" || previous == "\u{2014}")
      default: break
      }
      previous = scalar
    }
    return events
  }

  /// True when the sentence's first visible character is an opening quotation mark.
  static func startsWithQuote(_ sentence: String) -> Bool {
    guard let first = sentence.trimmingWhitespace().unicodeScalars.first else { return false }
    return first == "\"" || first == "\u{201C}"
  }
}
