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
    result.reserveCapacity(paragraphs.count)
    var k = 0
    for paragraph in paragraphs {
      result.append((k..<(k + paragraph.count)).map { analyses[$0].takeTags() })
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
    // Read once: a closing mark with no opening one looks back over up to 12 sentences.
    let events = sentences.map(QuoteMarks.events)
    for (k, sentenceEvents) in events.enumerated() {
      for opens in sentenceEvents {
        if opens {
          if openAt == nil { openAt = k }
        } else if let start = openAt {
          passages.append(start...k)
          openAt = nil
        } else {
          let floor = max(0, k - 12)
          let start = (floor..<k).last { !events[$0].isEmpty } ?? k
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
    var sentence = sentence
    return sentence.withUTF8(events(in:))
  }

  /// `events` over UTF-8 bytes: U+201C is E2 80 9C, U+201D is E2 80 9D, U+2014 is E2 80 94.
  /// Only a straight mark looks back, so the common byte costs two comparisons.
  private static func events(in bytes: UnsafeBufferPointer<UInt8>) -> [Bool] {
    var events: [Bool] = []
    let n = bytes.count
    for i in 0..<n {
      let byte = bytes[i]
      if byte == UInt8(ascii: "\"") {
        let previous = i > 0 ? bytes[i - 1] : 0x20
        let afterDash =
          i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && bytes[i - 1] == 0x94
        events.append(
          previous == 0x20 || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[")
            || afterDash)
      } else if byte == 0xE2 && i + 2 < n && bytes[i + 1] == 0x80 {
        if bytes[i + 2] == 0x9C {
          events.append(true)
        } else if bytes[i + 2] == 0x9D {
          events.append(false)
        }
      }
    }
    return events
  }

  /// True when the sentence's first visible character is an opening quotation mark.
  static func startsWithQuote(_ sentence: String) -> Bool {
    guard let first = sentence.trimmingWhitespace().unicodeScalars.first else { return false }
    return first == "\"" || first == "\u{201C}"
  }
}
