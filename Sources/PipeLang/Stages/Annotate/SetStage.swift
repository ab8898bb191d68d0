import Diagnostics

/// `set FIELD=VALUE`: overrides a field (level, source, source_kind, ...) on every claim of the
/// table; passes it on.
public struct SetStage: EffectStage {
  public static let name = "set"
  public static let signature = "set FIELD=VALUE"
  public static let summary =
    "Override a field (level=likely, source=\"Pravda\") on every claim; pass the table on."
  public static let examples: [StageExample] = []

  public var field: String
  public var value: String

  public static func parse(_ parser: inout Parser) throws(Diagnostic) -> SetStage {
    let (field, _) = try parser.word("a field, as in set level=likely")
    guard parser.current.kind == .equal else {
      throw parser.unexpectedError(expected: "'=' and a value, as in set \(field)=likely")
    }
    parser.advance()
    let token = parser.current
    switch token.kind {
    case .word(let w), .string(let w):
      parser.advance()
      return SetStage(field: field, value: w)
    case .number:
      parser.advance()
      return SetStage(field: field, value: token.text)
    default:
      throw parser.unexpectedError(expected: "a value (a word or a quoted string)")
    }
  }

  public func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue {
    try Annotate.run(input, in: context) { try $0.set(claimIDs: $1, field: field, value: value) }
  }
}
