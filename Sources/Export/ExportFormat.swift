/// The file formats a table can be written as.
public enum ExportFormat: String, Sendable, CaseIterable {
  case csv, jsonl, md

  /// The format a file name asks for: `.csv`, `.jsonl`/`.json`/`.ndjson`, `.md`/`.markdown`.
  public init?(fileExtension: String) {
    switch fileExtension.lowercased() {
    case "csv": self = .csv
    case "jsonl", "json", "ndjson": self = .jsonl
    case "md", "markdown": self = .md
    default: return nil
    }
  }
}

/// How to write an export.
public struct ExportOptions: Sendable {
  public var format: ExportFormat
  /// Replace an existing file. Off by default: exports never clobber silently.
  public var overwrite: Bool
  /// Start a CSV with a UTF-8 byte-order mark, which Excel needs to read UTF-8.
  public var bom: Bool

  public init(format: ExportFormat, overwrite: Bool = false, bom: Bool = false) {
    self.format = format
    self.overwrite = overwrite
    self.bom = bom
  }
}
