import Diagnostics
import Foundation
import GRDB
import Testing

@testable import Annotations

/// Makes a file or folder unwritable: `chattr +i` as root (root ignores permission bits),
/// `chmod a-w` otherwise. `restore` undoes it.
enum WriteProtection {
  static func apply(_ url: URL) throws {
    if getuid() == 0 {
      try run("/usr/bin/chattr", "+i", url.path)
    } else {
      try run("/bin/chmod", "a-w", url.path)
    }
  }

  static func restore(_ url: URL) {
    if getuid() == 0 {
      try? run("/usr/bin/chattr", "-i", url.path)
    } else {
      try? run("/bin/chmod", "u+w", url.path)
    }
  }

  private static func run(_ tool: String, _ arguments: String...) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
  }
}

@Suite(.serialized) final class FailureModeTests {
  let folder: TempFolder

  init() throws {
    folder = try TempFolder()
  }

  deinit { folder.cleanUp() }

  /// A closed store at `url` with one tag on claimA.
  func seed(_ url: URL) throws {
    let store = AnnotationStore.open(at: url, options: testOptions())
    try store.tag(claimA, add: ["purge"])
    try store.close()
  }

  func expectCode(_ code: String, _ body: () throws(Diagnostic) -> Void) {
    do throws(Diagnostic) {
      try body()
      Issue.record("expected \(code)")
    } catch {
      #expect(error.code == code)
      #expect(error.isError)
    }
  }

  @Test func readOnlyFileOpensReadOnly() throws {
    try seed(folder.database)
    let before = try Data(contentsOf: folder.database)
    try WriteProtection.apply(folder.database)
    defer { WriteProtection.restore(folder.database) }
    let store = AnnotationStore.open(at: folder.database, options: testOptions())
    #expect(store.access == .readOnly)
    #expect(store.problem?.code == "annotate.read-only")
    #expect(try store.annotations(for: [claimA])[claimA.id].tags == ["purge"])
    expectCode("annotate.read-only") { () throws(Diagnostic) in
      try store.tag(claimA, add: ["more"])
    }
    try store.close()
    #expect(try Data(contentsOf: folder.database) == before)
  }

  @Test func readOnlyFolderOpensReadOnly() throws {
    try seed(folder.database)
    try WriteProtection.apply(folder.url)
    defer { WriteProtection.restore(folder.url) }
    let store = AnnotationStore.open(at: folder.database, options: testOptions())
    #expect(store.access == .readOnly)
    #expect(store.problem?.code == "annotate.read-only")
    #expect(try store.annotations(for: [claimA])[claimA.id].tags == ["purge"])
    expectCode("annotate.read-only") { () throws(Diagnostic) in
      try store.note(claimA, text: "x")
    }
    let fresh = AnnotationStore.open(
      at: folder.url.appendingPathComponent("new.sqlite"), options: testOptions())
    #expect(fresh.access == .unavailable)
    #expect(fresh.problem?.code == "annotate.read-only")
    #expect(try fresh.list().isEmpty)
  }

  @Test func explicitReadOnlyRefusesWrites() throws {
    try seed(folder.database)
    var options = testOptions()
    options.readOnly = true
    let store = AnnotationStore.open(at: folder.database, options: options)
    #expect(store.access == .readOnly)
    #expect(store.problem?.severity == .note)
    #expect(try store.list().count == 1)
    expectCode("annotate.read-only") { () throws(Diagnostic) in try store.undo() }
  }

  @Test func garbageFileIsReportedAndLeftAlone() throws {
    let url = folder.url.appendingPathComponent("garbage.sqlite")
    let garbage = Data((0..<8192).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) })
    try garbage.write(to: url)
    let store = AnnotationStore.open(at: url, options: testOptions())
    #expect(store.access == .unavailable)
    #expect(store.problem?.code == "annotate.corrupt")
    #expect(try store.list().isEmpty)
    expectCode("annotate.corrupt") { () throws(Diagnostic) in
      try store.tag(claimA, add: ["purge"])
    }
    #expect(try Data(contentsOf: url) == garbage)
    expectCode("annotate.corrupt") { () throws(Diagnostic) in
      _ = try AnnotationStore.openForWriting(at: url, options: testOptions())
    }
  }

  @Test func damagedPagesAreReportedAndLeftAlone() throws {
    try seed(folder.database)
    var bytes = try Data(contentsOf: folder.database)
    try #require(bytes.count > 8192)
    for i in 4096..<bytes.count { bytes[i] = UInt8(truncatingIfNeeded: i &* 31) }
    let url = folder.url.appendingPathComponent("damaged.sqlite")
    try bytes.write(to: url)
    let store = AnnotationStore.open(at: url, options: testOptions())
    #expect(!store.isWritable)
    #expect(store.problem?.code == "annotate.corrupt")
    expectCode("annotate.corrupt") { () throws(Diagnostic) in
      try store.tag(claimA, add: ["purge"])
    }
    try? store.close()
    #expect(try Data(contentsOf: url) == bytes)
  }

  @Test func diskFullRollsBackTheWholeCommand() throws {
    try seed(folder.database)
    var options = testOptions()
    options.extraPragmas = ["PRAGMA max_page_count = 40"]
    let store = AnnotationStore.open(at: folder.database, options: options)
    #expect(store.access == .readWrite)
    let claims = (0..<2000).map { ClaimRef(id: "doc/p/\($0)", text: "Sentence \($0).") }
    expectCode("annotate.disk-full") { () throws(Diagnostic) in
      try store.tag(claims, add: ["bulk"])
    }
    expectCode("annotate.disk-full") { () throws(Diagnostic) in
      try store.note(claimB, text: String(repeating: "long note ", count: 40_000))
    }
    #expect(try store.list().map(\.value) == ["purge"])
    try store.tag(claimB, add: ["small"])
    #expect(try store.list().map(\.value) == ["purge", "small"])
    try store.undo()
    #expect(try store.annotations(for: [claimB])[claimB.id].isEmpty)
    try store.checkIntegrity()
  }

  @Test func newerSchemaOpensReadOnly() throws {
    try seed(folder.database)
    let queue = try DatabaseQueue(path: folder.database.path)
    try queue.write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')")
    }
    try queue.close()
    let store = AnnotationStore.open(at: folder.database, options: testOptions())
    #expect(store.access == .readOnly)
    #expect(store.problem?.code == "annotate.newer-schema")
    #expect(try store.list().map(\.value) == ["purge"])
  }

  @Test func unmigratedFileReadsAsEmpty() throws {
    try Data().write(to: folder.database)
    var options = testOptions()
    options.readOnly = true
    let store = AnnotationStore.open(at: folder.database, options: options)
    #expect(store.access == .readOnly)
    #expect(try store.list().isEmpty)
    #expect(try store.annotations(for: [claimA]).byClaim.isEmpty)
    let writer = AnnotationStore.open(at: folder.database, options: testOptions())
    #expect(writer.access == .readWrite)
    try writer.tag(claimA, add: ["purge"])
    #expect(try store.annotations(for: [claimA])[claimA.id].tags == ["purge"])
  }
}
