import Diagnostics
import Export
import Foundation
import TableModel

/// The `export` stage's default writer: the Export module's atomic `TableExporter`.
public struct ExportModuleWriter: TableExporting {
  public var bom: Bool

  public init(bom: Bool = false) { self.bom = bom }

  public func write(_ table: Table, to url: URL, format: String, overwrite: Bool) throws {
    guard let format = ExportFormat(rawValue: format) else {
      throw Diagnostic(code: "parse.unknown-format", .unknownFormat(format))
    }
    try TableExporter.write(
      table, to: url, options: ExportOptions(format: format, overwrite: overwrite, bom: bom))
  }
}
