/// What is known about a document: from the corpus manifest, a front-matter block, or the file name.
public struct DocumentMetadata: Codable, Sendable, Hashable {
  public var id: String
  public var title: String
  /// As precise as known: `1957-07-23`, `1953-07`, `2019`, or empty.
  public var date: String
  public var year: Int?
  public var author: String
  public var agency: String
  public var country: String
  public var classification: String
  /// `contemporary assessment`, `later commentary`, or empty when unknown.
  public var kind: String
  public var provenance: String

  public init(
    id: String, title: String = "", date: String = "", year: Int? = nil, author: String = "",
    agency: String = "", country: String = "", classification: String = "", kind: String = "",
    provenance: String = ""
  ) {
    self.id = id
    self.title = title
    self.date = date
    self.year = year
    self.author = author
    self.agency = agency
    self.country = country
    self.classification = classification
    self.kind = kind
    self.provenance = provenance
  }
}
