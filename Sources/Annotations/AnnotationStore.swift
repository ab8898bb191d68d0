import Diagnostics
import Foundation
import GRDB

/// Hand annotations (tags, notes, overrides) kept in an SQLite project file, never lost.
///
/// The file is opened as a GRDB `DatabasePool` in WAL mode with `synchronous = FULL` and a busy
/// timeout, so several shells may share it. Every command is one transaction and records a
/// `command` row; nothing is ever deleted or updated in place except the `undone_by` mark that
/// `undo` sets, so the full history stays readable with `list()`.
///
/// Open with `AnnotationStore.open(at:)`, which never fails: when the file cannot be written
/// (read-only file or folder, corrupt file, newer schema) the store opens read-only, or empty
/// and unavailable, and `problem` says why; writes then throw that diagnostic.
public final class AnnotationStore: Sendable {
  /// What the store may do with its file.
  public enum Access: String, Sendable, Hashable {
    case readWrite = "read-write"
    case readOnly = "read-only"
    /// The file could not be read at all; reads return nothing, writes throw `problem`.
    case unavailable
  }

  /// The project file.
  public let url: URL
  public let access: Access
  /// Why the store is not read-write, if it is not.
  public let problem: Diagnostic?
  /// The shell session this store records commands under; `undo()` reverses its commands.
  public let session: String
  /// The name recorded on new annotations.
  public let author: String
  /// When set, `set … level=` accepts only these names.
  public let levelScale: [String]?

  let reader: (any DatabaseReader)?
  let writer: DatabasePool?
  let clock: @Sendable () -> Date

  init(
    url: URL, access: Access, problem: Diagnostic?, reader: (any DatabaseReader)?,
    writer: DatabasePool?, options: Options
  ) {
    self.url = url
    self.access = access
    self.problem = problem
    self.reader = reader
    self.writer = writer
    self.session = options.session
    self.author = options.author
    self.levelScale = options.levelScale
    self.clock = options.clock
  }

  /// How to open a store.
  public struct Options: Sendable {
    public var session: String
    public var author: String
    public var levelScale: [String]?
    /// Open for reading only even when the file could be written.
    public var readOnly: Bool
    /// Seconds a writer waits for another process's transaction before `annotate.busy`.
    public var busyTimeout: Double
    var clock: @Sendable () -> Date
    /// Extra pragmas run on each writable connection (tests use `max_page_count`).
    var extraPragmas: [String]

    /// Defaults: a fresh session id, `$USER` (or `unknown`) as author, read-write, 10 s timeout.
    public init(
      session: String = UUID().uuidString, author: String? = nil, levelScale: [String]? = nil,
      readOnly: Bool = false, busyTimeout: Double = 10
    ) {
      self.session = session
      self.author = author ?? AnnotationStore.defaultAuthor()
      self.levelScale = levelScale
      self.readOnly = readOnly
      self.busyTimeout = busyTimeout
      self.clock = { Date() }
      self.extraPragmas = []
    }
  }

  /// `$USER`, else `$LOGNAME`, else `unknown`.
  public static func defaultAuthor(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String {
    for key in ["USER", "LOGNAME"] {
      if let name = environment[key], !name.isEmpty { return name }
    }
    return "unknown"
  }

  /// True when commands can be recorded.
  public var isWritable: Bool { access == .readWrite }

  /// The current time as ISO 8601 UTC, e.g. `2026-11-25T18:43:51Z`.
  func timestamp() -> String {
    clock().formatted(.iso8601)
  }
}
