import Diagnostics

/// Every document of one corpus folder (or the bundled one), loaded into memory.
public struct Corpus: Sendable {
  public var documents: [Document]
  /// Files skipped or loaded with problems; each names its file.
  public var warnings: [Diagnostic]

  public init(documents: [Document], warnings: [Diagnostic] = []) {
    self.documents = documents
    self.warnings = warnings
  }

  public func document(_ id: String) -> Document? {
    documents.first { $0.id == id }
  }

  public var claims: [Claim] { documents.flatMap(\.claims) }
}
