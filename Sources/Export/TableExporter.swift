import Diagnostics
import Foundation
import TableModel

/// Renders a table in a format and writes it to a file atomically.
public enum TableExporter {
  public static func render(_ table: Table, format: ExportFormat, bom: Bool = false) -> String {
    switch format {
    case .csv: CSVWriter.render(table, bom: bom)
    case .jsonl: JSONLinesWriter.render(table)
    case .md: MarkdownTableWriter.render(table)
    }
  }

  /// Writes `table` to `url`: a temporary file beside it, then a rename, so a failure never
  /// leaves half a file. Refuses to replace an existing file unless `options.overwrite`.
  public static func write(_ table: Table, to url: URL, options: ExportOptions) throws {
    let text = render(table, format: options.format, bom: options.bom)
    try AtomicFile.write(Data(text.utf8), to: url, overwrite: options.overwrite)
  }
}

/// Writes files by temporary file and rename, the only way Assay writes user-visible files.
public enum AtomicFile {
  public static func write(_ data: Data, to url: URL, overwrite: Bool) throws {
    let path = url.path
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory.boolValue { throw Diagnostic(code: "export.is-folder", .isFolder(path)) }
      if !overwrite { throw Diagnostic(code: "export.exists", .exists(path)) }
    }
    let folder = url.deletingLastPathComponent()
    let temp = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
    do {
      try data.write(to: temp)
      let handle = try FileHandle(forWritingTo: temp)
      try handle.synchronize()
      try handle.close()
      guard rename(temp.path, path) == 0 else {
        throw Diagnostic(
          code: "export.write-failed", .writeFailed(path, String(cString: strerror(errno))))
      }
    } catch let diagnostic as Diagnostic {
      try? manager.removeItem(at: temp)
      throw diagnostic
    } catch {
      try? manager.removeItem(at: temp)
      throw Diagnostic(code: "export.write-failed", .writeFailed(path, reason(error)))
    }
  }

  private static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError {
      return String(cString: strerror(Int32(underlying.code)))
    }
    return ns.localizedDescription
  }
}

extension Diagnostic.Message {
  static func exists(_ path: String) -> Self {
    "\(path) already exists (use --force to replace it)"
  }
  static func isFolder(_ path: String) -> Self { "\(path) is a folder, not a file" }
  static func writeFailed(_ path: String, _ why: String) -> Self { "cannot write \(path): \(why)" }
}
