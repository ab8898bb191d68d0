#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the process's terminal. (The Ctrl-C flag is in `LibeditLineReader.swift`.)
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
}
