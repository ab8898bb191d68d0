import ClaimTagging
import CorpusLoading

/// A claim with its document's metadata and its automatic tags: one row of the claim table.
public struct TaggedClaim: Sendable {
  public var claim: Claim
  public var document: DocumentMetadata
  public var tags: ClaimTags
  /// Hand labels from the project file, for analyses that count by them.
  public var handTags: [String]

  public init(claim: Claim, document: DocumentMetadata, tags: ClaimTags, handTags: [String] = []) {
    self.claim = claim
    self.document = document
    self.tags = tags
    self.handTags = handTags
  }

  public var id: String { claim.id }
}
