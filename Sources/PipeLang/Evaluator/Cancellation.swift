import Diagnostics

extension Diagnostic.Message {
  static let cancelled: Self = "cancelled"
}

/// How a long evaluation learns that the user pressed Ctrl-C: a poll of a flag set elsewhere.
///
/// The shell passes a closure reading the flag its SIGINT handler sets; stages poll every few
/// thousand rows and stop with `eval.cancelled`.
public struct Cancellation: Sendable {
  public var poll: @Sendable () -> Bool

  public init(poll: @escaping @Sendable () -> Bool) { self.poll = poll }

  /// Never cancelled.
  public static let never = Cancellation { false }

  /// Throws `eval.cancelled` when the flag is set.
  public func check() throws(Diagnostic) {
    if poll() { throw Diagnostic(code: "eval.cancelled", .cancelled) }
  }
}
