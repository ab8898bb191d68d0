import Diagnostics
import Foundation
import GRDB
import GRDBSQLite

extension AnnotationStore {
  /// Opens (creating if needed, with its folders) the project file at `url`; never fails.
  ///
  /// If the file cannot be written the store comes back `.readOnly`, and if it cannot be read
  /// `.unavailable`, with `problem` set (`annotate.read-only`, `annotate.corrupt`,
  /// `annotate.newer-schema`, …). The file is never overwritten or repaired.
  public static func open(at url: URL, options: Options = Options()) -> AnnotationStore {
    if options.readOnly { return openReadOnly(url: url, problem: nil, options: options) }
    if let problem = prepareFolder(for: url) {
      return openReadOnly(url: url, problem: problem, options: options)
    }
    if let problem = checkPermissions(url) {
      return openReadOnly(url: url, problem: problem, options: options)
    }
    if let problem = checkHeader(url) {
      return AnnotationStore(
        url: url, access: .unavailable, problem: problem, reader: nil, writer: nil,
        options: options)
    }
    if let problem = probe(url, options: options) {
      return openReadOnly(url: url, problem: problem, options: options)
    }
    // Two processes creating the same new file race on switching it to WAL, and SQLite answers
    // the loser SQLITE_BUSY without calling the busy handler: wait and try again.
    let deadline = Date().addingTimeInterval(options.busyTimeout)
    var attempt = 0
    while true {
      do {
        return try openWritable(url: url, options: options)
      } catch {
        let problem = diagnostic(for: error, url: url)
        attempt += 1
        if problem.code == "annotate.busy", Date() < deadline {
          Thread.sleep(forTimeInterval: min(0.01 * Double(attempt), 0.2))
          continue
        }
        return openReadOnly(url: url, problem: problem, options: options)
      }
    }
  }

  /// The read-write pool, migrated; the read-only fallback when the file cannot be written.
  private static func openWritable(url: URL, options: Options) throws -> AnnotationStore {
    let pool = try DatabasePool(path: url.path, configuration: configuration(options))
    // FULL: each commit is fsynced before it is acknowledged, so it survives power loss, not
    // only a killed process (WAL + NORMAL). Set after GRDB's own WAL set-up, which picks
    // NORMAL; the pool keeps this one writer connection for its lifetime.
    try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
    if let problem = try writability(pool, url: url) {
      return openReadOnly(url: url, problem: problem, options: options)
    }
    try migrate(pool)
    return AnnotationStore(
      url: url, access: .readWrite, problem: nil, reader: pool, writer: pool, options: options)
  }

  /// Opens read-write or throws why it cannot (for tools that must not run read-only).
  public static func openForWriting(
    at url: URL, options: Options = Options()
  ) throws(Diagnostic) -> AnnotationStore {
    let store = open(at: url, options: options)
    if let problem = store.problem, !store.isWritable { throw problem }
    return store
  }

  /// Runs `PRAGMA integrity_check` (or `quick_check`) and throws `annotate.corrupt` unless "ok".
  public func checkIntegrity() throws(Diagnostic) {
    guard let reader else { throw problem ?? Self.corrupt(url, detail: "not open") }
    do {
      try Self.checkIntegrity(reader, url: url, full: true)
    } catch {
      throw Self.diagnostic(for: error, url: url)
    }
  }

  /// Closes the file, checkpointing the WAL; reads and writes after it throw.
  public func close() throws(Diagnostic) {
    do {
      if let writer {
        _ = try writer.writeWithoutTransaction { db in
          try Row.fetchOne(db, sql: "PRAGMA wal_checkpoint(TRUNCATE)")
        }
      }
      try reader?.close()
    } catch {
      throw Self.diagnostic(for: error, url: url)
    }
  }

  // MARK: - Steps

  static func configuration(_ options: Options, readOnly: Bool = false) -> Configuration {
    var config = Configuration()
    config.readonly = readOnly
    config.busyMode = .timeout(options.busyTimeout)
    config.label = "assay.annotations"
    let pragmas = options.extraPragmas
    config.prepareDatabase { db in
      if db.configuration.readonly { return }
      for pragma in pragmas { try db.execute(sql: pragma) }
    }
    return config
  }

  /// Creates the folder of `url`; a diagnostic when that is impossible.
  static func prepareFolder(for url: URL) -> Diagnostic? {
    let folder = url.deletingLastPathComponent()
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      return nil
    } catch {
      return Diagnostic(
        code: "annotate.read-only", .cannotCreateFolder(folder.path),
        notes: ["annotations are read-only for this session"])
    }
  }

  /// `annotate.read-only` when the file, or the folder that must hold its `-wal` and `-shm`
  /// files, cannot be written (permissions or the immutable attribute; `access(2)` sees both).
  static func checkPermissions(_ url: URL) -> Diagnostic? {
    let fm = FileManager.default
    let folder = url.deletingLastPathComponent().path
    if fm.fileExists(atPath: url.path), !fm.isWritableFile(atPath: url.path) {
      return readOnlyFile(url)
    }
    if !fm.isWritableFile(atPath: folder) {
      return Diagnostic(
        code: "annotate.read-only", .readOnlyFolder(folder),
        notes: ["annotations are read-only for this session"],
        help: "make the folder writable, or pass --project FILE")
    }
    return nil
  }

  /// Refuses files that are not SQLite databases before SQLite touches them.
  static func checkHeader(_ url: URL) -> Diagnostic? {
    guard let handle = try? FileHandle(forReadingFrom: url) else { return nil }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 16)) ?? Data()
    if head.isEmpty { return nil }
    if head == Data("SQLite format 3\0".utf8) { return nil }
    return corrupt(url, detail: "not an SQLite database")
  }

  /// Checks an existing file with a read-only connection (`PRAGMA quick_check`) before any
  /// connection that could write to it, so a damaged file is never modified.
  static func probe(_ url: URL, options: Options) -> Diagnostic? {
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    guard let size = attributes?[.size] as? Int, size > 0 else { return nil }
    do {
      let queue = try DatabaseQueue(
        path: url.path, configuration: configuration(options, readOnly: true))
      defer { try? queue.close() }
      try checkIntegrity(queue, url: url, full: false)
      return nil
    } catch {
      let problem = diagnostic(for: error, url: url)
      // Another process holding a lock is no reason to stop writing; the busy timeout will do.
      return problem.code == "annotate.busy" ? nil : problem
    }
  }

  /// A reason the pool cannot write, found without writing.
  static func writability(_ pool: DatabasePool, url: URL) throws -> Diagnostic? {
    let readOnly = pool.writeWithoutTransaction { db in
      sqlite3_db_readonly(db.sqliteConnection, "main") == 1
    }
    if readOnly { return readOnlyFile(url) }
    let superseded = try pool.read { db in try migrator.hasBeenSuperseded(db) }
    if superseded {
      return Diagnostic(
        code: "annotate.newer-schema", .newerSchema(url.path),
        notes: ["annotations are read-only for this session"])
    }
    return nil
  }

  /// Applies pending migrations; retries when another process migrated at the same moment.
  static func migrate(_ pool: DatabasePool) throws {
    var attempt = 0
    while true {
      do {
        try migrator.migrate(pool)
        return
      } catch {
        attempt += 1
        if attempt >= 3 { throw error }
      }
    }
  }

  static func checkIntegrity(_ reader: any DatabaseReader, url: URL, full: Bool) throws {
    let result = try reader.read { db in
      try String.fetchAll(db, sql: full ? "PRAGMA integrity_check" : "PRAGMA quick_check")
    }
    if result != ["ok"] {
      throw corrupt(url, detail: result.prefix(3).joined(separator: "; "))
    }
  }

  /// The fallback: the file read-only in place, else a private copy read-only, else nothing.
  static func openReadOnly(url: URL, problem: Diagnostic?, options: Options) -> AnnotationStore {
    let config = configuration(options, readOnly: true)
    var problem = problem
    if FileManager.default.fileExists(atPath: url.path) {
      do {
        let pool = try DatabasePool(path: url.path, configuration: config)
        try checkIntegrity(pool, url: url, full: false)
        return AnnotationStore(
          url: url, access: .readOnly, problem: problem ?? readOnlyRequested(),
          reader: pool, writer: nil, options: options)
      } catch {
        problem = problem ?? diagnostic(for: error, url: url)
      }
      if let queue = try? openCopy(of: url, config: config) {
        return AnnotationStore(
          url: url, access: .readOnly, problem: problem, reader: queue, writer: nil,
          options: options)
      }
    }
    return AnnotationStore(
      url: url, access: problem == nil ? .readOnly : .unavailable,
      problem: problem ?? readOnlyRequested(), reader: nil, writer: nil, options: options)
  }

  /// Reads a WAL database whose folder cannot hold the `-shm` file: copy it (and its `-wal`)
  /// to a temporary folder and open the copy read-only. The original is untouched.
  static func openCopy(of url: URL, config: Configuration) throws -> DatabaseQueue {
    let fm = FileManager.default
    let folder = fm.temporaryDirectory.appendingPathComponent(
      "assay-annotations-\(UUID().uuidString)", isDirectory: true)
    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
    let copy = folder.appendingPathComponent(url.lastPathComponent)
    try fm.copyItem(at: url, to: copy)
    let wal = URL(fileURLWithPath: url.path + "-wal")
    if fm.fileExists(atPath: wal.path) {
      try fm.copyItem(at: wal, to: URL(fileURLWithPath: copy.path + "-wal"))
    }
    let queue = try DatabaseQueue(path: copy.path, configuration: config)
    try checkIntegrity(queue, url: url, full: false)
    return queue
  }

  static func readOnlyRequested() -> Diagnostic {
    Diagnostic(.note, code: "annotate.read-only", "annotations opened read-only")
  }
}

extension Diagnostic.Message {
  static func cannotCreateFolder(_ p: String) -> Self { "cannot create folder '\(p)'" }
  static func readOnlyFolder(_ p: String) -> Self { "annotations folder '\(p)' is read-only" }
  static func newerSchema(_ p: String) -> Self {
    "'\(p)' was written by a newer version of assay"
  }
}
