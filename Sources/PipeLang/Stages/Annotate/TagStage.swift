import Diagnostics

/// `tag +LABEL -LABEL ...`: adds and removes labels on every claim of the table; passes it on.
public struct TagStage: EffectStage {
  public static let name = "tag"
  public static let signature = "tag (+LABEL | -LABEL)..."
  public static let summary = "Add (+) or remove (-) labels on every claim; pass the table on."
  public static let examples: [StageExample] = []

  public var add: [String]
  public var remove: [String]

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> TagStage {
    var stage = TagStage(add: [], remove: [])
    repeat {
      let (isAdd, label) = try parser.signedLabel()
      if isAdd { stage.add.append(label) } else { stage.remove.append(label) }
    } while !parser.atStageEnd
    return stage
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Annotate.run(input, in: context) { try $0.tag(claimIDs: $1, add: add, remove: remove) }
  }
}
