import Diagnostics

/// `note "TEXT"`: attaches a note to every claim of the table; passes it on.
public struct NoteStage: EffectStage {
  public static let name = "note"
  public static let signature = "note \"TEXT\""
  public static let summary = "Attach a note to every claim; pass the table on."
  public static let examples: [StageExample] = []

  public var text: String

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> NoteStage {
    let (text, _) = try parser.string("a quoted note, as in note \"check the date\"")
    return NoteStage(text: text)
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Annotate.run(input, in: context) { try $0.note(claimIDs: $1, text: text) }
  }
}
