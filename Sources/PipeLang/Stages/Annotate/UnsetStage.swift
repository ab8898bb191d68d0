import Diagnostics

/// `unset FIELD`: drops a field's override on every claim of the table; passes it on.
public struct UnsetStage: EffectStage {
  public static let name = "unset"
  public static let signature = "unset FIELD"
  public static let summary = "Drop a field's override on every claim; pass the table on."
  public static let examples: [StageExample] = []

  public var field: String

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> UnsetStage {
    let (field, _) = try parser.word("a field, as in unset level")
    return UnsetStage(field: field)
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Annotate.run(input, in: context) { try $0.unset(claimIDs: $1, field: field) }
  }
}
