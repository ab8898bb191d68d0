import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program on a pseudo-terminal and lets a test type keys and wait for screen text.
final class PseudoTerminal {
  let pid: pid_t
  let master: Int32
  private(set) var screen = ""

  /// Starts `path` with `arguments` and `environment` on a new 100x30 pty.
  init(path: String, arguments: [String] = [], environment: [String: String]) throws {
    var master: Int32 = -1
    var size = winsize(ws_row: 30, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var allSignals = sigset_t()
    sigemptyset(&allSignals)
    let pid = forkpty(&master, nil, nil, &size)
    if pid == 0 {
      // The test runner's threads may block signals; the shell must see SIGINT.
      sigprocmask(SIG_SETMASK, &allSignals, nil)
      execve(path, argv, envp)
      _exit(127)
    }
    guard pid > 0 else { throw POSIXError(.ECHILD) }
    self.pid = pid
    self.master = master
  }

  deinit {
    kill(pid, SIGKILL)
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    close(master)
  }

  /// Sends keys as typed, after letting the program settle into reading (keys typed while
  /// the terminal is still in cooked mode would be echoed and line-buffered by the kernel).
  func type(_ keys: String) {
    pump(milliseconds: 250)
    let bytes = Array(keys.utf8)
    _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
  }

  /// Screen text after byte offset `from`.
  func text(after from: Int) -> String {
    String(decoding: Array(screen.utf8).dropFirst(from), as: UTF8.self)
  }

  /// Reads until `text` appears after screen offset `from`, or `timeout` seconds pass.
  @discardableResult
  func waitFor(_ wanted: String, after from: Int = 0, timeout: Double = 5) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if text(after: from).contains(wanted) { return true }
      pump(milliseconds: 100)
    }
    return text(after: from).contains(wanted)
  }

  /// Reads whatever arrives within `milliseconds`.
  func pump(milliseconds: Int32) {
    var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&poller, 1, milliseconds) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = read(master, &buffer, buffer.count)
    if n > 0 { screen += String(decoding: buffer[0..<n], as: UTF8.self) }
  }

  /// The last output line before the latest prompt after `from`: a one-value result.
  func lastResult(after from: Int) -> String {
    let lines = text(after: from).components(separatedBy: "\r\n")
    guard let prompt = lines.lastIndex(where: { $0.hasPrefix("assay> ") }), prompt > 0 else {
      return ""
    }
    return lines[prompt - 1].trimmingCharacters(in: .whitespaces)
  }

  /// Current length of the screen text in UTF-8 bytes, to wait for text after this point.
  var mark: Int { screen.utf8.count }

  /// Waits up to `timeout` seconds for the process to exit; its status, or nil if still running.
  func waitForExit(timeout: Double = 5) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while Date() < deadline {
      if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xFF }
      pump(milliseconds: 50)
    }
    return nil
  }
}
