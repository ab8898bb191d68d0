import Diagnostics
import Foundation
import GRDB

extension AnnotationStore {
  /// Turns an SQLite or file error into an `annotate.*` diagnostic naming the file.
  ///
  /// | SQLite result | code |
  /// |---|---|
  /// | FULL | `annotate.disk-full` |
  /// | READONLY, PERM, AUTH | `annotate.read-only` |
  /// | CORRUPT, NOTADB | `annotate.corrupt` |
  /// | BUSY, LOCKED | `annotate.busy` |
  /// | CANTOPEN | `annotate.cannot-open` |
  /// | anything else | `annotate.database` |
  static func diagnostic(for error: any Error, url: URL) -> Diagnostic {
    if let diagnostic = error as? Diagnostic { return diagnostic }
    guard let error = error as? DatabaseError else {
      return Diagnostic(code: "annotate.io", .ioFailure(url.path, "\(error)"))
    }
    let detail = error.message ?? "\(error.resultCode)"
    switch error.resultCode.primaryResultCode {
    case .SQLITE_FULL:
      return Diagnostic(
        code: "annotate.disk-full", .diskFull(url.path),
        notes: ["nothing from this command was written"], help: "free some space and retry")
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      return readOnlyFile(url)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return corrupt(url, detail: detail)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return Diagnostic(
        code: "annotate.busy", .busy(url.path), notes: ["nothing from this command was written"],
        help: "retry when the other assay finishes")
    case .SQLITE_CANTOPEN:
      return Diagnostic(code: "annotate.cannot-open", .cannotOpen(url.path, detail))
    default:
      return Diagnostic(code: "annotate.database", .databaseFailure(url.path, detail))
    }
  }

  static func readOnlyFile(_ url: URL) -> Diagnostic {
    Diagnostic(
      code: "annotate.read-only", .readOnly(url.path),
      notes: ["annotations are read-only for this session"],
      help: "make the file and its folder writable, or pass --project FILE")
  }

  static func corrupt(_ url: URL, detail: String) -> Diagnostic {
    Diagnostic(
      code: "annotate.corrupt", .corrupt(url.path, detail),
      notes: ["the file was left as it is; annotations are not saved this session"],
      help: "restore it from a backup or an `annotations export` CSV, or pass --project FILE")
  }
}

extension Diagnostic.Message {
  static func ioFailure(_ p: String, _ d: String) -> Self { "cannot use '\(p)': \(d)" }
  static func diskFull(_ p: String) -> Self { "disk full: cannot save annotations to '\(p)'" }
  static func readOnly(_ p: String) -> Self { "annotations file '\(p)' is read-only" }
  static func corrupt(_ p: String, _ d: String) -> Self {
    "annotations file '\(p)' is corrupt (\(d))"
  }
  static func busy(_ p: String) -> Self { "annotations file '\(p)' is busy in another process" }
  static func cannotOpen(_ p: String, _ d: String) -> Self { "cannot open '\(p)': \(d)" }
  static func databaseFailure(_ p: String, _ d: String) -> Self { "'\(p)': \(d)" }
}
