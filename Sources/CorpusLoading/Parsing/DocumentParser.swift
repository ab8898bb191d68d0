import Diagnostics
import Foundation

/// Cleans and structures one document's text: the pure entry point for tests and benchmarks.
///
/// ```
/// DocumentParser.parse(text: "1. It is likely. 2. Probably not.", metadata: m, path: "x.txt")
///   -> one version `main`, paragraphs labelled 1 and 2, claims x/1.1 and x/2.1
/// ```
public enum DocumentParser {
  /// Parses text that is already a Swift string (so already valid UTF-8).
  public static func parse(text: String, metadata: DocumentMetadata, path: String) -> Document {
    parseValid(Array(text.utf8), metadata: metadata, path: path)
  }

  /// Parses raw bytes; invalid UTF-8 is replaced with U+FFFD and reported as a warning.
  public static func parse(bytes: [UInt8], metadata: DocumentMetadata, path: String) -> Document {
    guard let bad = UTF8Check.firstInvalidOffset(bytes) else {
      return parseValid(bytes, metadata: metadata, path: path)
    }
    let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
    var document = parseValid(repaired, metadata: metadata, path: path)
    let before = bytes[..<bad]
    let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let column = ByteText.scalarCount(bytes[lineStart..<bad]) + 1
    document.warnings.append(
      LoadMessages.invalidUTF8(path: path, offset: bad, line: line, column: column))
    return document
  }

  static func parseValid(_ bytes: [UInt8], metadata: DocumentMetadata, path: String) -> Document {
    var document = Document(metadata: metadata, sourcePath: path)
    let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
    let lines = SourceLine.split(hasBOM ? Array(bytes.dropFirst(3)) : bytes)
    var (pieces, notes) = readLines(lines, into: &document)
    var assembler = ParagraphAssembler()
    for piece in pieces { assembler.add(piece) }
    assembler.finish()
    for piece in assembler.liftTrailingNotes() {
      guard case .number(let n)? = piece.label, let number = Int(n) else { continue }
      let text = ByteText.string(piece.joined()[...])
      notes.append(
        EditorNote(
          number: number, text: text, versionID: "", paragraphIndex: 0, line: piece.firstLine))
    }
    for segment in assembler.marginalia {
      let text = ByteText.string(segment.bytes)
      document.furniture.append(FurnitureItem(text: text, reason: .marginalia, line: segment.line))
    }
    document.furniture.sort { $0.line < $1.line }
    let parts = VersionSplitter.split(assembler.items)
    var builder = VersionBuilder(docID: metadata.id, multiVersion: parts.count > 1)
    for part in parts { document.versions.append(builder.build(part)) }
    document.edits = builder.edits
    document.editorNotes = builder.attach(notes)
    return document
  }

  /// A tab inside a line, after a sentence end and before a capital, starts a new paragraph
  /// (`... a dark horse.  \tThe declaration ...`).
  private static func paragraphTab(in t: ArraySlice<UInt8>) -> Int? {
    let first = t.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.flatMap { base in
        memchr(base, 0x09, buffer.count).map { UnsafeRawPointer($0) - UnsafeRawPointer(base) }
      }
    }
    guard let first else { return nil }
    var i = t.startIndex + first
    while i < t.endIndex {
      if t[i] == 0x09, i + 1 < t.endIndex, ByteText.isUpper(t[i + 1]),
        ByteText.endsWithTerminal(t[t.startIndex..<i])
      {
        return i
      }
      i += 1
    }
    return nil
  }

  /// Strips web wrappers, editorial notes and furniture line by line, and groups the rest.
  private static func readLines(_ lines: [SourceLine], into document: inout Document)
    -> ([Piece], [EditorNote])
  {
    let wrapper = WebWrapper.detect(lines)
    document.wrapperFields = wrapper.fields
    let header = Set(wrapper.headerLines)
    var builder = PieceBuilder()
    var notes: [EditorNote] = []
    for (i, line) in lines.enumerated() {
      // Most documents have no web header: skip hashing every line number then.
      let isHeader = !header.isEmpty && header.contains(i)
      if isHeader || i >= (wrapper.footerStart ?? Int.max) {
        let text = ByteText.trim(line.bytes)
        if !text.isEmpty, !wrapper.fieldLines.contains(i) {
          let reason: FurnitureItem.Reason = isHeader ? .webHeader : .webFooter
          let item = FurnitureItem(text: ByteText.string(text), reason: reason, line: line.number)
          document.furniture.append(item)
        }
        builder.furniture()
        continue
      }
      let lifted = EditorNotes.extract(line.bytes)
      for note in lifted.notes {
        notes.append(
          EditorNote(
            number: note.number, text: note.text, versionID: "", paragraphIndex: 0,
            line: line.number))
      }
      let result = LineClassifier.classify(lifted.text)
      for item in result.furniture {
        document.furniture.append(
          FurnitureItem(text: item.text, reason: item.reason, line: line.number))
      }
      if result.text.isEmpty {
        if result.furniture.isEmpty { builder.blank() } else { builder.furniture() }
        continue
      }
      let column =
        ByteText.scalarCount(lifted.text[lifted.text.startIndex..<result.text.startIndex]) + 1
      let indented = line.bytes.first.map { $0 == 0x20 || $0 == 0x09 } ?? false
      var text = result.text
      var textColumn = column
      var refs = lifted.refs
      while let tab = paragraphTab(in: text) {
        builder.text(
          ByteText.trim(text[..<tab]), line: line.number, column: textColumn, indented: indented,
          refs: refs.filter { $0.at < tab }.map(\.number))
        builder.blank()
        textColumn += ByteText.scalarCount(text[text.startIndex...tab])
        text = text[(tab + 1)...]
        refs = refs.filter { $0.at > tab }
      }
      builder.text(
        text, line: line.number, column: textColumn, indented: indented, refs: refs.map(\.number))
    }
    builder.finish()
    return (builder.pieces, notes)
  }
}
