import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Line editing on a terminal through libedit: Emacs keys, history across sessions (Up/Down,
/// Ctrl-R incremental search), Tab completion, Ctrl-C to drop a line, Ctrl-D to leave.
///
/// The only type that touches libedit. Use it only when `Terminal.isInteractive`.
public final class LibeditLineReader: LineReader {
  private var editLine: OpaquePointer?
  private var history: OpaquePointer?
  private let historyPath: String?
  private var promptBuffer: UnsafeMutablePointer<CChar>?
  public var completer: Completer?
  public let isInteractive = true

  /// Opens libedit on the terminal; `historyPath` (if any) is loaded now and saved on each entry,
  /// keeping the last `historySize` entries.
  public init(program: String = "assay", historyPath: String?, historySize: Int = 1000) {
    self.historyPath = historyPath
    Terminal.installInterruptHandler()
    editLine = assay_el_init(program)
    history = history_init()
    if let history {
      _ = assay_history_setsize(history, Int32(historySize))
      _ = assay_history_setunique(history, 1)
      if let historyPath { _ = assay_history_load(history, historyPath) }
    }
    guard let editLine else { return }
    assay_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
    assay_el_set_editor(editLine, "emacs")
    assay_el_use_interruptible_getc(editLine)
    if let history { assay_el_set_history(editLine, history) }
    assay_el_set_prompt(editLine, LibeditLineReader.promptCallback)
    assay_el_addfn(
      editLine, "assay-complete", "complete the word", LibeditLineReader.completeCallback)
    assay_el_bind(editLine, "^I", "assay-complete")
    assay_el_bind(editLine, "^R", "em-inc-search-prev")
  }

  deinit { close() }

  /// Restores the terminal and frees libedit; safe to call twice.
  public func close() {
    if let editLine { el_end(editLine) }
    if let history { history_end(history) }
    editLine = nil
    history = nil
    free(promptBuffer)
    promptBuffer = nil
  }

  public func readLine(prompt: String) -> ReadResult {
    guard let editLine, assay_terminating() == 0 else { return .eof }
    free(promptBuffer)
    promptBuffer = strdup(prompt)
    Terminal.takeInterrupt()
    var count: Int32 = 0
    let raw = el_gets(editLine, &count)
    if assay_terminating() != 0 {
      assay_write_stdout("\n")
      return .eof
    }
    if Terminal.takeInterrupt() {
      el_reset(editLine)
      assay_write_stdout("^C\n")
      return .interrupted
    }
    guard let raw, count > 0 else {
      assay_write_stdout("\n")
      return .eof
    }
    var line = String(cString: raw)
    if line.hasSuffix("\n") { line.removeLast() }
    return .line(line)
  }

  public func addHistory(_ entry: String) {
    guard let history, !entry.trimmingCharacters(in: " \t").isEmpty else { return }
    _ = assay_history_enter(history, entry)
    if let historyPath { _ = assay_history_save(history, historyPath) }
  }

  // MARK: - Callbacks

  private static func reader(_ el: OpaquePointer?) -> LibeditLineReader? {
    guard let el, let data = assay_el_get_clientdata(el) else { return nil }
    return Unmanaged<LibeditLineReader>.fromOpaque(data).takeUnretainedValue()
  }

  private static let promptCallback:
    @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = {
      el in
      reader(el)?.promptBuffer
    }

  private static let completeCallback: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    guard let el, let reader = reader(el), let completer = reader.completer,
      let info = el_line(el)?.pointee
    else { return UInt8(CC_ERROR) }
    let length = info.cursor - info.buffer
    let before = String(
      decoding: UnsafeRawBufferPointer(start: info.buffer, count: length), as: UTF8.self)
    let completion = completer(before)
    guard !completion.candidates.isEmpty else { return UInt8(CC_ERROR) }
    let word = String(before.suffix(completion.wordLength))
    let prefix = completion.commonPrefix
    if prefix.count > word.count || completion.candidates.count == 1 {
      var insert = String(prefix.dropFirst(word.count))
      if completion.candidates.count == 1, !prefix.hasSuffix("\""), !prefix.hasSuffix("/") {
        insert += " "
      }
      _ = el_insertstr(el, insert)
      return UInt8(CC_REFRESH)
    }
    let listing = completion.candidates.prefix(60).joined(separator: "  ")
    assay_write_stdout("\n" + listing + "\n")
    return UInt8(CC_REDISPLAY)
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: String) -> Substring {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s.removeFirst() }
    while let l = s.last, set.contains(l) { s.removeLast() }
    return s
  }
}

// The Ctrl-C flag lives in the C shim as a static, one copy per Swift file that calls it, so
// every call that touches it stays in this file.
extension Terminal {
  /// Installs a SIGINT handler that only sets a flag (no SA_RESTART), so Ctrl-C interrupts
  /// reading and a running evaluation can poll `interruptPending`.
  public static func installInterruptHandler() { _ = assay_install_sigint() }

  /// True if Ctrl-C was pressed since the last `takeInterrupt()`, or SIGTERM/SIGHUP arrived.
  public static var interruptPending: Bool { assay_peek_sigint() != 0 }

  /// Reads and clears the Ctrl-C flag.
  @discardableResult
  public static func takeInterrupt() -> Bool { assay_take_sigint() != 0 }
}
