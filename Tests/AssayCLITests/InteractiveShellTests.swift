import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built `assay` executable in this checkout's debug build folder.
func assayExecutable() -> URL {
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  return root.appendingPathComponent(".build/debug/assay")
}

/// Drives the real shell through a pseudo-terminal: libedit completion, history, Ctrl-C, Ctrl-D.
@Test(.timeLimit(.minutes(1)))
func interactiveShellOnATerminal() throws {
  let assay = assayExecutable()
  try #require(FileManager.default.isExecutableFile(atPath: assay.path), "build assay first")
  let home = FileManager.default.temporaryDirectory.appendingPathComponent("assay-pty-\(getpid())")
  try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: home) }
  let env = [
    "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
    "TERM": "xterm", "NO_COLOR": "1", "PATH": "/usr/bin:/bin",
  ]
  let pty = try PseudoTerminal(path: assay.path, environment: env)
  #expect(pty.waitFor("assay> ", timeout: 10))

  // Tab completes a partial table name; the pipeline runs and prints the bundled corpus's
  // claim count.
  var mark = pty.mark
  pty.type("cla\t")
  #expect(pty.waitFor("ims", after: mark))
  pty.type("| count\r")
  #expect(pty.waitFor("\r\nassay> ", after: mark))
  let first = pty.lastResult(after: mark)
  #expect(first == "443", "screen: \(pty.screen.debugDescription)")

  // Up recalls the last entry, which runs again with the same answer.
  mark = pty.mark
  pty.type("\u{1B}[A")
  #expect(pty.waitFor("claims | count", after: mark))
  pty.type("\r")
  #expect(pty.waitFor("\r\nassay> ", after: mark))
  #expect(pty.lastResult(after: mark) == first)

  // Ctrl-C drops the line and gives a fresh prompt; the dropped text never runs.
  mark = pty.mark
  pty.type("docs | wh")
  #expect(pty.waitFor("docs | wh", after: mark))
  mark = pty.mark
  pty.type("\u{03}")
  #expect(pty.waitFor("^C\r\nassay> ", after: mark))
  mark = pty.mark
  pty.type("docs | count\r")
  #expect(pty.waitFor("\r\nassay> ", after: mark))
  #expect(pty.lastResult(after: mark) == "5", "screen: \(pty.screen.debugDescription)")
  #expect(!pty.screen.contains("error"))

  // Ctrl-D on an empty line leaves with status 0; history was saved.
  pty.type("\u{04}")
  #expect(pty.waitForExit() == 0)
  let history = try String(
    contentsOf: home.appendingPathComponent("data/assay/history"), encoding: .utf8)
  #expect(history.contains("claims | count") || history.contains("claims\\040|\\040count"))
}
