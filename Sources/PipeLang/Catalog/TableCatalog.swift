import TableModel

/// Where pipelines get their source tables: `claims`, `docs`, `cues`, ...
///
/// `claims 1957-cia` passes `"1957-cia"` as `argument`, which filters to one document.
public protocol TableCatalog: Sendable {
  /// Every table a pipeline may start from, in display order.
  var tableNames: [String] { get }
  /// The table named `name`, filtered by `argument` when given.
  func table(named name: String, argument: String?) throws -> Table
  /// Words for tab completion, such as document ids or entity names.
  func completions(_ kind: CompletionKind) -> [String]
}

/// What a completion list is for.
public enum CompletionKind: Sendable, Hashable {
  case documentIDs
  case entities
  case columns(table: String)
}
