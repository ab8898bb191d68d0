import CEditLine

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the process's terminal, and the Ctrl-C flag.
public enum Terminal {
  /// True when both standard input and output are terminals: use libedit, prompts and colour.
  public static var isInteractive: Bool { isatty(0) == 1 && isatty(1) == 1 }

  /// True when standard output is a terminal and `NO_COLOR` is not set.
  public static var wantsColour: Bool {
    isatty(1) == 1 && getenv("NO_COLOR") == nil
  }

  /// Columns of the terminal on standard output (`COLUMNS`, then the ioctl, then 100).
  public static var width: Int {
    if let env = getenv("COLUMNS"), let n = Int(String(cString: env)), n > 0 { return n }
    var size = winsize()
    if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 100
  }

  /// Installs a SIGINT handler that only sets a flag (no SA_RESTART), so Ctrl-C interrupts
  /// reading and a running evaluation can poll `interruptPending`.
  public static func installInterruptHandler() { _ = assay_install_sigint() }

  /// True if Ctrl-C was pressed since the last `takeInterrupt()`.
  public static var interruptPending: Bool { assay_peek_sigint() != 0 }

  /// Reads and clears the Ctrl-C flag.
  @discardableResult
  public static func takeInterrupt() -> Bool { assay_take_sigint() != 0 }
}
