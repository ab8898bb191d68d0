/// The metadata fields a manifest entry or a front-matter block may give, all optional.
struct MetadataFields: Decodable {
  var id: String?
  var title: String?
  var date: String?
  var year: Int?
  var author: String?
  var agency: String?
  var country: String?
  var classification: String?
  var kind: String?
  var provenance: String?

  /// `base` with every field given here put over it (an empty id keeps the base's).
  func applied(to base: DocumentMetadata) -> DocumentMetadata {
    var m = base
    if let id, !id.isEmpty { m.id = id }
    m.title = title ?? m.title
    m.date = date ?? m.date
    m.year = year ?? m.year
    m.author = author ?? m.author
    m.agency = agency ?? m.agency
    m.country = country ?? m.country
    m.classification = classification ?? m.classification
    m.kind = kind ?? m.kind
    m.provenance = provenance ?? m.provenance
    return m
  }
}
