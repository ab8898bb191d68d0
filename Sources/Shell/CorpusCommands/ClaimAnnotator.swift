import Annotations
import ClaimTable
import ClaimTagging
import Diagnostics
import PipeLang

extension Diagnostic.Message {
  fileprivate static func noClaim(_ id: String) -> Self { "no claim '\(id)'" }
  fileprivate static func unavailable(_ why: String) -> Self {
    "annotations cannot be written: \(why)"
  }
}

/// Hand annotations on the workbench's claims: resolves claim ids, writes through the store,
/// and reads back what the claim table shows.
public final class ClaimAnnotator: Sendable {
  public let store: AnnotationStore
  let workbench: Workbench

  public init(store: AnnotationStore, workbench: Workbench) {
    self.store = store
    self.workbench = workbench
  }

  /// The claims named by `ids`, or `shell.not-found` suggesting the nearest id.
  public func claims(_ ids: [String]) throws -> [ClaimRef] {
    try ids.map { id in
      guard let claim = workbench.claim(id) else {
        let near = Suggest.nearest(id, in: workbench.claims.map(\.id))
        throw Diagnostic(
          code: "shell.not-found", .noClaim(id), help: near.map { "did you mean '\($0)'?" })
      }
      return ClaimRef(id: claim.id, text: claim.claim.text)
    }
  }

  /// Fails with the store's reason when it is read-only or unavailable.
  public func requireWritable() throws {
    guard store.isWritable else {
      throw store.problem
        ?? Diagnostic(code: "annotate.read-only", .unavailable(store.access.rawValue))
    }
  }

  /// Current tags, notes and overrides of every claim (empty when the store cannot be read).
  public func current() -> ClaimAnnotations {
    (try? store.annotations(for: workbench.claimRefs)) ?? ClaimAnnotations()
  }

  /// The claims as the claim table shows them: hand overrides of level, source and source_kind
  /// applied, hand labels attached. What `compare` counts.
  public func effective(_ claims: [TaggedClaim]) -> [TaggedClaim] {
    let annotations = current()
    guard !annotations.byClaim.isEmpty else { return claims }
    return claims.map { claim in
      let hand = annotations[claim.id]
      guard !hand.isEmpty else { return claim }
      var claim = claim
      claim.handTags = hand.sortedTags
      if let level = hand.overrides[.level].flatMap(ConfidenceLevel.init) {
        claim.tags.level = level
      }
      if let name = hand.overrides[.source] { claim.tags.source.name = name }
      if let kind = hand.overrides[.sourceKind].flatMap(SourceKind.init) {
        claim.tags.source.kind = kind
      }
      return claim
    }
  }

  /// Every annotation with its status against the corpus as loaded now.
  public func records() throws -> [AnnotationRecord] {
    try store.list(current: workbench.claimTexts)
  }
}
