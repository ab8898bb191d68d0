/// `help` text generated from the stage types.
extension StageRegistry {
  /// One line per stage: signature and summary.
  public static func overview() -> String {
    let width = all.map { $0.signature.count }.max() ?? 0
    return all.map { type in
      type.signature.padding(
        toLength: max(width, type.signature.count), withPad: " ", startingAt: 0)
        + "  " + type.summary
    }.joined(separator: "\n")
  }

  /// Full help for one stage: signature, summary and examples; nil for an unknown name.
  public static func help(for name: String) -> String? {
    guard let type = stage(named: name) else { return nil }
    var lines = ["usage: \(type.signature)", "", type.summary]
    if !type.examples.isEmpty {
      lines += ["", "examples:"]
      lines += type.examples.map { "  \($0.script)    # \($0.summary)" }
    }
    return lines.joined(separator: "\n")
  }
}
