import Diagnostics
import TableModel

/// A pipeline stage: its own argument syntax, its own help, and what it does to a table.
///
/// Every stage is registered in `StageRegistry.all`; `help` and its tests read the static parts.
public protocol PipeStage: Sendable {
  /// The word that starts the stage, e.g. `where`.
  static var name: String { get }
  /// Usage such as `where EXPR`.
  static var signature: String { get }
  /// One sentence for `help`.
  static var summary: String { get }
  /// Runnable examples against `SampleCatalog`; each one is a test.
  static var examples: [StageExample] { get }
  /// Reads the stage's arguments; the stage name has been consumed.
  static func parse(_ parser: inout Parser) throws(Diagnostic) -> Self
  /// Transforms the flowing value.
  func run(_ input: PipeValue, in context: EvalContext) throws(Diagnostic) -> PipeValue
}

/// An example for help and tests: a script and what it yields.
public struct StageExample: Sendable, CustomStringConvertible {
  /// What a finished example must produce.
  public enum Expected: Sendable, Hashable {
    /// A one-cell table holding this value.
    case value(Value)
    /// This many rows.
    case rows(Int)
    /// These column names, in order.
    case columns([String])
    /// These values in the first column, in order.
    case firstColumn([Value])
  }

  public var script: String
  public var summary: String
  public var expected: Expected

  public init(_ script: String, _ summary: String, _ expected: Expected) {
    self.script = script
    self.summary = summary
    self.expected = expected
  }

  public var description: String { script }
}

/// How the result of a pipeline is drawn.
public enum DisplayStyle: Sendable, Hashable {
  case table
  /// Keyword in context: the left context column is right-aligned.
  case kwic
  /// Every column of each row, one card per row.
  case cards
}

/// What flows between stages: a table, the grouping set by `group`, and a display hint.
public struct PipeValue: Sendable {
  public var table: Table
  /// Column indices set by `group`; consumed by the aggregate that follows.
  public var grouping: [Int]?
  public var style: DisplayStyle
  /// A `where` test not yet applied: set when `where` is directly followed by `group`, so
  /// filtering and grouping share one pass over the rows. Only aggregates read it.
  public var pendingFilter: RowPredicate?

  public init(table: Table, grouping: [Int]? = nil, style: DisplayStyle = .table) {
    self.table = table
    self.grouping = grouping
    self.style = style
  }
}

/// A stage run for what it does (write a file, annotate claims) rather than what it shows.
/// At the end of a pipeline its note is the whole output; the table is not drawn again.
public protocol EffectStage: PipeStage {}
