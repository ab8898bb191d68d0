/// Decides, line by line, what is page furniture: banners, page numbers, declassification
/// codes, archive numbers, OCR debris and margin arrows. What is left is text.
///
/// ```
/// "~~S E C R E T~~"      -> furniture(classification banner), text ""
/// "25X1C10b SUBJECT:"    -> furniture(declassification code "25X1C10b"), text "SUBJECT:"
/// "~~SECRET~~single"     -> furniture(classification banner), text "single"
/// "- 8 -"                -> furniture(page number)
/// ```
enum LineClassifier {
  /// Furniture found at the start of (or filling) the line, and the text left over.
  struct Result {
    var furniture: [(text: String, reason: FurnitureItem.Reason)] = []
    var text: ArraySlice<UInt8>
  }

  static let classificationWords: Set<String> = [
    "SECRET", "TOPSECRET", "CONFIDENTIAL", "RESTRICTED", "UNCLASSIFIED", "SECRETNOFORN",
  ]

  static func classify(_ line: ArraySlice<UInt8>) -> Result {
    var result = Result(text: ByteText.trim(line))
    guard !result.text.isEmpty else { return result }
    stripLeadingFurniture(&result)
    let t = result.text
    guard !t.isEmpty else { return result }
    if let reason = wholeLineReason(t) {
      result.furniture.append((ByteText.string(t), reason))
      result.text = t[t.endIndex...]
    }
    return result
  }

  /// Removes leading `~~BANNER~~` markup and leading declassification-code tokens.
  private static func stripLeadingFurniture(_ result: inout Result) {
    while !result.text.isEmpty {
      let t = result.text
      if ByteText.hasPrefix(t, "~~"), let close = findTildes(t, from: t.startIndex + 2),
        isClassification(t[(t.startIndex + 2)..<close])
      {
        result.furniture.append(
          (ByteText.string(t[t.startIndex..<(close + 2)]), .classificationBanner))
        result.text = ByteText.trim(t[(close + 2)...])
        continue
      }
      var end = t.startIndex
      while end < t.endIndex, !ByteText.isSpace(t[end]) { end += 1 }
      if isRedactionCode(t[t.startIndex..<end]) {
        result.furniture.append((ByteText.string(t[t.startIndex..<end]), .redactionCode))
        result.text = ByteText.trim(t[end...])
        continue
      }
      return
    }
  }

  private static func findTildes(_ t: ArraySlice<UInt8>, from: Int) -> Int? {
    var i = from
    while i + 1 < t.endIndex {
      if t[i] == 0x7E, t[i + 1] == 0x7E { return i }
      i += 1
    }
    return nil
  }

  /// Why a whole line is furniture, or nil when it is text.
  static func wholeLineReason(_ t: ArraySlice<UInt8>) -> FurnitureItem.Reason? {
    if t.count <= 40, isClassification(t) { return .classificationBanner }
    if isPageNumber(t) { return .pageNumber }
    if isArchiveNumber(t) { return .archiveNumber }
    if startsWithArrow(t) { return .marginalia }
    if isOCRGarbage(t) { return .ocrGarbage }
    return nil
  }

  /// `SECRET`, `S E C R E T`, `S-E-C-R-E-T`, `Top Secret` (spacing, dots and hyphens ignored).
  static func isClassification(_ t: ArraySlice<UInt8>) -> Bool {
    guard t.count <= 40 else { return false }
    var letters = ShortWord()
    for b in t {
      if ByteText.isLetter(b) {
        guard letters.append(b & 0xDF) else { return false }  // longer than any banner word
      } else if !(b == 0x20 || b == 0x2D || b == 0x2E || b == 0x09) {
        return false
      }
    }
    return classificationShortWords.contains(letters)
  }

  /// `classificationWords` packed for look-ups without building a String per short line.
  private static let classificationShortWords = ShortWordSet(classificationWords)

  /// `- 8 -`, `-2-`, `— 8 —`, `Page 3`, or a bare number of up to three digits.
  static func isPageNumber(_ t: ArraySlice<UInt8>) -> Bool {
    var digits = 0
    var i = t.startIndex
    if ByteText.hasPrefixIgnoringCase(t, "page ") { i += 5 }
    while i < t.endIndex {
      let b = t[i]
      if ByteText.isDigit(b) {
        digits += 1
      } else if b == 0x2D || b == 0x20 {
        // dash or space
      } else if b == 0xE2, i + 2 < t.endIndex, t[i + 1] == 0x80,
        t[i + 2] == 0x93 || t[i + 2] == 0x94
      {
        i += 2  // en or em dash
      } else {
        return false
      }
      i += 1
    }
    return digits >= 1 && digits <= 3
  }

  /// A declassification code such as `25X1C10b` or `25X1A9a`.
  static func isRedactionCode(_ w: ArraySlice<UInt8>) -> Bool {
    let s = w.startIndex
    guard w.count >= 4, w.count <= 12, ByteText.isDigit(w[s]), ByteText.isDigit(w[s + 1]),
      w[s + 2] == 0x58, ByteText.isDigit(w[s + 3])
    else { return false }
    return w.allSatisfy(ByteText.isAlnum)
  }

  /// One long token of mostly digits: `5R0007000500`.
  static func isArchiveNumber(_ t: ArraySlice<UInt8>) -> Bool {
    guard t.count >= 8, t.count <= 24, t.allSatisfy(ByteText.isAlnum) else { return false }
    let digits = t.reduce(0) { $0 + (ByteText.isDigit($1) ? 1 : 0) }
    return digits * 4 >= t.count * 3
  }

  /// Lines that start with an arrow (U+2190–U+21FF): marks drawn in the margin.
  static func startsWithArrow(_ t: ArraySlice<UInt8>) -> Bool {
    guard t.count >= 3, t[t.startIndex] == 0xE2 else { return false }
    let b1 = t[t.startIndex + 1]
    return b1 == 0x86 || b1 == 0x87
  }

  /// No Latin letters, but CJK-range letters: what OCR makes of stains, seals and stamps.
  static func isOCRGarbage(_ t: ArraySlice<UInt8>) -> Bool {
    guard !t.contains(where: ByteText.isLetter), t.contains(where: { $0 >= 0x80 }) else {
      return false
    }
    return ByteText.string(t).unicodeScalars.contains {
      $0.value >= 0x2E80 && $0.properties.isAlphabetic
    }
  }
}
