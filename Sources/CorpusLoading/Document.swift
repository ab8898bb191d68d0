import Diagnostics

/// One loaded, cleaned and segmented document.
public struct Document: Sendable {
  public var metadata: DocumentMetadata
  /// Path of the file it came from (or `bundled:NAME` for the shipped corpus).
  public var sourcePath: String
  /// One or more versions; 1957-cia has `cover`, `a` (earlier draft) and `b` (later version).
  public var versions: [DocumentVersion]
  /// Page furniture and OCR debris removed from the text, each with its reason.
  public var furniture: [FurnitureItem]
  /// Draft edits (struck, inserted, handwritten), kept as data.
  public var edits: [DraftEdit]
  /// Editorial footnotes: a modern editor's words, never the author's claims.
  public var editorNotes: [EditorNote]
  /// Fields of a web wrapper (caption, source, URL ...) lifted out of the text, in order.
  public var wrapperFields: [WrapperField]
  /// Problems met while loading (bad UTF-8 and the like), each naming file and place.
  public var warnings: [Diagnostic]

  public init(
    metadata: DocumentMetadata, sourcePath: String, versions: [DocumentVersion] = [],
    furniture: [FurnitureItem] = [], edits: [DraftEdit] = [], editorNotes: [EditorNote] = [],
    wrapperFields: [WrapperField] = [], warnings: [Diagnostic] = []
  ) {
    self.metadata = metadata
    self.sourcePath = sourcePath
    self.versions = versions
    self.furniture = furniture
    self.edits = edits
    self.editorNotes = editorNotes
    self.wrapperFields = wrapperFields
    self.warnings = warnings
  }

  public var id: String { metadata.id }
  public var paragraphCount: Int { versions.reduce(0) { $0 + $1.paragraphs.count } }
  /// Counted per paragraph, without gathering the claims into a new array.
  public var claimCount: Int {
    versions.reduce(0) { total, version in
      version.paragraphs.reduce(total) { $0 + $1.claims.count }
    }
  }
  public var claims: [Claim] { versions.flatMap(\.claims) }
}

/// One text of a document. A file that holds the same memorandum twice yields two versions.
public struct DocumentVersion: Sendable {
  /// `main` for a single-version document; otherwise `cover`, `a`, `b` ...
  public var id: String
  public var title: String
  public var paragraphs: [Paragraph]

  public init(id: String, title: String = "", paragraphs: [Paragraph] = []) {
    self.id = id
    self.title = title
    self.paragraphs = paragraphs
  }

  public var claims: [Claim] { paragraphs.flatMap(\.claims) }
}

/// A paragraph with its printed label and both readings of any draft markup in it.
public struct Paragraph: Sendable {
  /// The label as printed (`3`, `4.b`, `2.(a)`, `11.l.(4)`), or nil when the text has none.
  public var label: String?
  /// 1-based position within its version.
  public var index: Int
  /// 1-based line in the source file where the paragraph starts.
  public var line: Int
  /// Final reading: struck text dropped, insertions kept, markup removed.
  public var finalText: String
  /// Typed reading: struck text kept, insertions dropped.
  public var typedText: String
  /// Sentences of the final reading.
  public var claims: [Claim]
  /// Numbers of the editorial footnotes anchored in this paragraph.
  public var noteNumbers: [Int]
  /// The heading printed just above the paragraph, if any (`THE KHRUSHCHEV PURGE`, `9. Conclusions`).
  public var title: String?

  public init(
    label: String?, index: Int, line: Int, finalText: String, typedText: String,
    claims: [Claim] = [], noteNumbers: [Int] = [], title: String? = nil
  ) {
    self.title = title
    self.label = label
    self.index = index
    self.line = line
    self.finalText = finalText
    self.typedText = typedText
    self.claims = claims
    self.noteNumbers = noteNumbers
  }
}

/// A sentence of the author's text: the unit Assay tags, compares and annotates.
public struct Claim: Sendable, Hashable {
  /// Stable, readable id such as `1957-cia/b/4.2` or `1953-uk-beria/3.1`.
  public var id: String
  public var docID: String
  public var versionID: String
  public var paragraphLabel: String?
  public var paragraphIndex: Int
  /// 1-based position within the paragraph.
  public var sentence: Int
  /// The sentence in its final reading.
  public var text: String
  /// 1-based source line where the sentence starts.
  public var line: Int

  public init(
    id: String, docID: String, versionID: String, paragraphLabel: String?, paragraphIndex: Int,
    sentence: Int, text: String, line: Int
  ) {
    self.id = id
    self.docID = docID
    self.versionID = versionID
    self.paragraphLabel = paragraphLabel
    self.paragraphIndex = paragraphIndex
    self.sentence = sentence
    self.text = text
    self.line = line
  }
}
