import Diagnostics
import Foundation
import GRDB

extension AnnotationStore {
  /// The annotations in effect on each claim whose stored text hash matches its current text.
  ///
  /// Annotations made on a different text of the same id are not attached: see `orphaned`.
  public func annotations(for claims: [ClaimRef]) throws(Diagnostic) -> ClaimAnnotations {
    let records = try read { db in
      try Self.loadRecords(db, claimIDs: claims.count <= 2000 ? claims.map(\.id) : nil)
    }
    let state = Self.fold(records)
    var result = ClaimAnnotations()
    for claim in claims {
      if let annotation = state[Anchor(claim)], !annotation.isEmpty {
        result.byClaim[claim.id] = annotation
      }
    }
    return result
  }

  /// `annotations(for:)` with `(id, text)` pairs.
  public func annotations(for claims: [(id: String, text: String)]) throws(Diagnostic)
    -> ClaimAnnotations
  {
    try annotations(for: claims.map { ClaimRef(id: $0.id, text: $0.text) })
  }

  /// Annotations in effect whose claim id is gone from `current` (id → text) or whose claim
  /// text changed since they were made. They are reported, never dropped or re-attached.
  public func orphaned(current: [String: String]) throws(Diagnostic) -> [AnnotationRecord] {
    try list(current: current).filter { $0.status == .orphaned }
  }

  /// Every annotation ever made, oldest first, with author, time, command and status.
  ///
  /// With `current` (claim id → text), active annotations that no longer match are `.orphaned`.
  public func list(current: [String: String]? = nil) throws(Diagnostic) -> [AnnotationRecord] {
    var records = try read { db in try Self.loadRecords(db) }
    if let current {
      for index in records.indices where records[index].status == .active {
        let record = records[index]
        let text = current[record.claimID]
        if text.map(TextHash.of) != record.textHash { records[index].status = .orphaned }
      }
    }
    return records
  }

  /// Runs `body` on the reader, mapping failures to `annotate.*`; empty when unavailable.
  func read<T>(_ body: (Database) throws -> [T]) throws(Diagnostic) -> [T] {
    guard let reader else { return [] }
    do {
      return try reader.read(body)
    } catch {
      throw Self.diagnostic(for: error, url: url)
    }
  }
}
