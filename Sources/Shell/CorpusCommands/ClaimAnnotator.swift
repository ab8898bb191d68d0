import Annotations
import ClaimTable
import ClaimTagging
import Diagnostics
import Foundation
import PipeLang

extension Diagnostic.Message {
  fileprivate static func noClaim(_ id: String) -> Self { "no claim '\(id)'" }
  fileprivate static func unavailable(_ path: String) -> Self {
    "annotations cannot be written to '\(path)'"
  }
}

/// Hand annotations on the workbench's claims: resolves claim ids, writes through the store,
/// and reads back what the claim table shows.
///
/// The project file is opened only when first needed, and for reading only until something is
/// written: a session that never annotates neither creates the file nor syncs it to disk on exit,
/// which keeps start-up fast.
public final class ClaimAnnotator: @unchecked Sendable {
  let workbench: Workbench
  public let url: URL
  let options: AnnotationStore.Options
  /// Told once about a project file that cannot be read or written.
  let report: @Sendable (Diagnostic) -> Void
  private let lock = NSLock()
  private var writer: AnnotationStore?
  private var reader: AnnotationStore?
  private var reported = false

  public init(
    workbench: Workbench, project url: URL, options: AnnotationStore.Options,
    report: @escaping @Sendable (Diagnostic) -> Void
  ) {
    self.workbench = workbench
    self.url = url
    self.options = options
    self.report = report
  }

  /// The store opened for writing, or its reason (read-only, corrupt ...) as the error.
  public func writable() throws -> AnnotationStore {
    try lock.withLock {
      if writer == nil {
        let store = AnnotationStore.open(at: url, options: options)
        writer = store
        reader = store
        if let problem = store.problem, problem.isError { tell(problem) }
      }
      guard let writer, writer.isWritable else {
        throw writer?.problem
          ?? Diagnostic(code: "annotate.read-only", .unavailable(url.path))
      }
      return writer
    }
  }

  /// The store for reading; nil while no project file exists (nothing has been annotated yet).
  public func readable() -> AnnotationStore? {
    lock.withLock {
      if let reader { return reader }
      guard FileManager.default.fileExists(atPath: url.path) else { return nil }
      var readOnly = options
      readOnly.readOnly = true
      let store = AnnotationStore.open(at: url, options: readOnly)
      if let problem = store.problem, problem.isError { tell(problem) }
      reader = store
      return store
    }
  }

  private func tell(_ problem: Diagnostic) {
    guard !reported else { return }
    reported = true
    report(problem)
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

  /// Current tags, notes and overrides of every claim (empty when the store cannot be read).
  public func current() -> ClaimAnnotations {
    guard let store = readable() else { return ClaimAnnotations() }
    return (try? store.annotations(for: workbench.claimRefs)) ?? ClaimAnnotations()
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
    guard let store = readable() else { return [] }
    return try store.list(current: workbench.claimTexts)
  }
}
