import Diagnostics

/// RFC 4180 CSV for annotation files: rendering and a tolerant, line-tracking parser.
///
/// Rendering quotes a field holding a comma, quote, CR or LF and doubles its quotes; records end
/// in CRLF. Text is written as it is (no formula neutralising) so export → import is exact.
/// Parsing accepts CRLF or LF, a leading BOM, quoted fields with doubled quotes and embedded
/// newlines, and a missing final newline.
///
/// ```
/// CSVCodec.render([["a", "b,c"]])                       // "a,\"b,c\"\r\n"
/// try CSVCodec.parse("x,\"y\"\"z\"\n", file: "f.csv")  // [CSVRecord(line: 1, fields: ["x", "y\"z"])]
/// ```
public enum CSVCodec {
  /// One record and the 1-based line it starts on.
  public struct CSVRecord: Sendable, Hashable {
    public var line: Int
    public var fields: [String]
  }

  /// Records as CSV text.
  public static func render(_ records: [[String]]) -> String {
    var out = ""
    for record in records {
      out += record.map(field).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// One field, quoted when needed.
  public static func field(_ text: String) -> String {
    let needsQuotes = text.utf8.contains { $0 == comma || $0 == quote || $0 == lf || $0 == cr }
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Parses `text`; a malformed record throws `annotate.csv-malformed` at `file:line:column`.
  public static func parse(_ text: String, file: String) throws(Diagnostic) -> [CSVRecord] {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var parser = Parser(bytes: bytes, file: file)
    return try parser.records()
  }

  static let comma = UInt8(ascii: ",")
  static let quote = UInt8(ascii: "\"")
  static let lf: UInt8 = 10
  static let cr: UInt8 = 13

  private struct Parser {
    let bytes: [UInt8]
    let file: String
    var index = 0
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8], file: String) {
      self.bytes = bytes
      self.file = file
    }

    mutating func records() throws(Diagnostic) -> [CSVRecord] {
      var records: [CSVRecord] = []
      while index < bytes.count {
        let startLine = line
        var fields: [String] = []
        while true {
          fields.append(try field())
          if index >= bytes.count { break }
          let byte = bytes[index]
          index += 1
          if byte == comma { continue }
          if byte == cr, index < bytes.count, bytes[index] == lf { index += 1 }
          newLine()
          break
        }
        if fields != [""] { records.append(CSVRecord(line: startLine, fields: fields)) }
      }
      return records
    }

    /// Reads one field and stops before its delimiter.
    mutating func field() throws(Diagnostic) -> String {
      guard index < bytes.count, bytes[index] == quote else {
        let start = index
        while index < bytes.count, ![comma, cr, lf].contains(bytes[index]) {
          if bytes[index] == quote { throw malformed(.strayQuote) }
          index += 1
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
      }
      let openLine = line
      let openColumn = index - lineStart + 1
      index += 1
      var value: [UInt8] = []
      while true {
        guard index < bytes.count else {
          throw Diagnostic(
            code: "annotate.csv-malformed", .unterminatedQuote,
            span: SourceSpan(file: file, line: openLine, column: openColumn))
        }
        let byte = bytes[index]
        index += 1
        if byte == quote {
          if index < bytes.count, bytes[index] == quote {
            value.append(quote)
            index += 1
            continue
          }
          if index < bytes.count, ![comma, cr, lf].contains(bytes[index]) {
            throw malformed(.textAfterQuote)
          }
          return String(decoding: value, as: UTF8.self)
        }
        value.append(byte)
        if byte == lf { newLine() }
      }
    }

    mutating func newLine() {
      line += 1
      lineStart = index
    }

    func malformed(_ message: Diagnostic.Message) -> Diagnostic {
      Diagnostic(
        code: "annotate.csv-malformed", message,
        span: SourceSpan(file: file, line: line, column: index - lineStart + 1))
    }
  }
}

extension Diagnostic.Message {
  static let strayQuote: Self = "quote inside an unquoted field"
  static let unterminatedQuote: Self = "quoted field is never closed"
  static let textAfterQuote: Self = "text after a closing quote"
}
