import ClaimTagging
import CorpusLoading

/// A claim with its document's metadata and its automatic tags: one row of the claim table.
public struct TaggedClaim: Sendable {
  public var claim: Claim
  public var document: DocumentMetadata
  public var tags: ClaimTags

  public init(claim: Claim, document: DocumentMetadata, tags: ClaimTags) {
    self.claim = claim
    self.document = document
    self.tags = tags
  }

  public var id: String { claim.id }
}
