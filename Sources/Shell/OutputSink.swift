import Foundation

/// Where the shell writes: the terminal, or a string in tests.
public protocol OutputSink: AnyObject {
  func write(_ text: String)
}

/// Writes to standard output, unbuffered.
public final class StandardOutputSink: OutputSink {
  public init() {}
  public func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}

/// Writes to standard error.
public final class StandardErrorSink: OutputSink {
  public init() {}
  public func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

/// Collects everything written, for tests.
public final class StringSink: OutputSink {
  public private(set) var text = ""
  public init() {}
  public func write(_ text: String) { self.text += text }
}
