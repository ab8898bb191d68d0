/// A column's name and, for ordinal columns, the scale its values are ranked on.
public struct Column: Sendable, Hashable {
  public var name: String
  /// Names in rank order, for columns such as `level`; lets `level >= likely` resolve `likely`.
  public var scale: [String]?

  public init(_ name: String, scale: [String]? = nil) {
    self.name = name
    self.scale = scale
  }
}

/// A table: named columns and rows of values, the one thing every pipeline stage passes on.
public struct Table: Sendable, Hashable {
  public var columns: [Column]
  public var rows: [[Value]]

  public init(columns: [Column], rows: [[Value]] = []) {
    self.columns = columns
    self.rows = rows
  }

  public var columnNames: [String] { columns.map(\.name) }

  /// Position of the column named `name`, if the table has one.
  public func index(of name: String) -> Int? {
    columns.firstIndex { $0.name == name }
  }
}
