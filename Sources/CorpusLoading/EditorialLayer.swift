/// A draft edit on the page: `~~struck~~`, `^{inserted}` or `*handwritten*`.
public struct DraftEdit: Sendable, Hashable {
  public enum Kind: String, Sendable, CaseIterable { case struck, inserted, handwritten }

  public var kind: Kind
  public var text: String
  public var versionID: String
  public var paragraphIndex: Int
  public var paragraphLabel: String?
  /// 1-based line and column (in characters) of the markup in the source file.
  public var line: Int
  public var column: Int
  /// The claim whose final reading the edit falls in or beside, when there is one.
  public var claimID: String?

  public init(
    kind: Kind, text: String, versionID: String, paragraphIndex: Int, paragraphLabel: String?,
    line: Int, column: Int, claimID: String? = nil
  ) {
    self.kind = kind
    self.text = text
    self.versionID = versionID
    self.paragraphIndex = paragraphIndex
    self.paragraphLabel = paragraphLabel
    self.line = line
    self.column = column
    self.claimID = claimID
  }
}

/// Something removed from the text because it is not the author's prose.
public struct FurnitureItem: Sendable, Hashable {
  public enum Reason: String, Sendable, CaseIterable {
    case classificationBanner = "classification banner"
    case pageNumber = "page number"
    case redactionCode = "declassification code"
    case archiveNumber = "archive number"
    case marginalia = "marginal note"
    case ocrGarbage = "OCR debris"
    case webHeader = "web header"
    case webFooter = "web footer"
  }

  public var text: String
  public var reason: Reason
  /// 1-based line in the source file.
  public var line: Int

  public init(text: String, reason: Reason, line: Int) {
    self.text = text
    self.reason = reason
    self.line = line
  }
}

/// An editorial footnote (`[N: ...]`), attached to the paragraph holding `[footnoteRef:N]`.
public struct EditorNote: Sendable, Hashable {
  public var number: Int
  public var text: String
  public var versionID: String
  public var paragraphIndex: Int
  public var line: Int

  public init(number: Int, text: String, versionID: String, paragraphIndex: Int, line: Int) {
    self.number = number
    self.text = text
    self.versionID = versionID
    self.paragraphIndex = paragraphIndex
    self.line = line
  }
}

/// A field of a web wrapper kept as metadata, such as `Caption` or `URL`.
public struct WrapperField: Sendable, Hashable {
  public var name: String
  public var value: String

  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }
}
