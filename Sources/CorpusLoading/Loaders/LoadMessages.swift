import Diagnostics

/// Every diagnostic the loaders emit, with its stable code.
enum LoadMessages {
  /// Files above this size are refused with `load.too-large` (64 MB).
  static let maximumFileSize = 64 * 1024 * 1024

  static func missingFolder(_ path: String) -> Diagnostic {
    Diagnostic(code: "load.missing-folder", "no such folder: \(path)")
  }
  static func notAFolder(_ path: String) -> Diagnostic {
    Diagnostic(
      code: "load.not-a-folder", "not a folder: \(path)",
      help: "give the folder that holds the documents")
  }
  static func unreadableFolder(_ path: String) -> Diagnostic {
    Diagnostic(code: "load.unreadable", "cannot read folder: \(path)")
  }
  static func noDocuments(_ path: String) -> Diagnostic {
    Diagnostic(code: "load.no-documents", "no .txt or .md documents in \(path)")
  }
  static func emptyFile(_ path: String) -> Diagnostic {
    Diagnostic(.warning, code: "load.empty-file", "\(path) is empty; skipped", span: span(path))
  }
  static func binaryFile(_ path: String, offset: Int) -> Diagnostic {
    Diagnostic(
      .warning, code: "load.binary-file",
      "\(path) looks binary (NUL byte at offset \(offset)); skipped", span: span(path))
  }
  static func invalidUTF8(path: String, offset: Int, line: Int, column: Int) -> Diagnostic {
    Diagnostic(
      .warning, code: "load.invalid-utf8",
      "\(path) is not valid UTF-8 (first bad byte at offset \(offset)); replaced with U+FFFD",
      span: SourceSpan(file: path, line: line, column: column))
  }
  static func tooLarge(_ path: String, bytes: Int) -> Diagnostic {
    Diagnostic(
      .warning, code: "load.too-large",
      "\(path) is \(bytes / 1_048_576) MB, above the \(maximumFileSize / 1_048_576) MB limit; skipped",
      span: span(path))
  }
  static func unreadableFile(_ path: String) -> Diagnostic {
    Diagnostic(.warning, code: "load.unreadable", "cannot read \(path); skipped", span: span(path))
  }
  static func manifestInvalid(_ path: String, line: Int?, column: Int?, _ problem: String)
    -> Diagnostic
  {
    let place = line.map { ":\($0)" } ?? ""
    return Diagnostic(
      code: "manifest.invalid", "\(path)\(place): invalid manifest: \(problem)",
      span: line.map { SourceSpan(file: path, line: $0, column: column ?? 1) })
  }
  static func manifestMissingFile(_ path: String, file: String, line: Int?) -> Diagnostic {
    Diagnostic(
      .warning, code: "manifest.missing-file", "\(path) lists \(file), which does not exist",
      span: line.map { SourceSpan(file: path, line: $0, column: 1) })
  }
  static func frontMatterInvalid(_ path: String, line: Int?, _ problem: String) -> Diagnostic {
    Diagnostic(
      .warning, code: "load.front-matter",
      "\(path): invalid front matter: \(problem); using the file name",
      span: line.map { SourceSpan(file: path, line: $0, column: 1) })
  }

  private static func span(_ path: String) -> SourceSpan {
    SourceSpan(file: path, line: 1, column: 1)
  }
}
