import Foundation
import TableModel

/// Writes a table to a file for the `export` stage; the shell and CLI pass the Export module.
///
/// Must throw a `Diagnostic` with code `export.exists` when the file exists and `overwrite` is
/// false, so the shell can ask before overwriting.
public protocol TableExporting: Sendable {
  func write(_ table: Table, to url: URL, format: String, overwrite: Bool) throws
}
