import Diagnostics
import Yams

/// A YAML block between `---` lines at the very top of a file.
///
/// ```
/// ---
/// id: my-note
/// year: 1956
/// ---
/// The text starts here.
/// ```
enum FrontMatter {
  /// Splits off front matter: the metadata (over `fallback`), the body (the block's lines
  /// left blank so line numbers still match the file), and a warning for a malformed block.
  static func split(_ bytes: [UInt8], fallback: DocumentMetadata, path: String)
    -> (DocumentMetadata, [UInt8], Diagnostic?)
  {
    guard bytes.starts(with: Array("---".utf8)) else { return (fallback, bytes, nil) }
    let lines = SourceLine.split(Array(bytes.prefix(64 * 1024)))
    guard let first = lines.first, ByteText.trim(first.bytes).elementsEqual("---".utf8),
      let close = lines.dropFirst().firstIndex(where: {
        ByteText.trim($0.bytes).elementsEqual("---".utf8)
      })
    else { return (fallback, bytes, nil) }
    let yaml = ByteText.string(bytes[lines[1].bytes.startIndex..<lines[close].bytes.startIndex])
    let bodyStart = min(lines[close].bytes.endIndex + 1, bytes.count)
    let body = Array(repeating: UInt8(0x0A), count: close + 1) + bytes[bodyStart...]
    do {
      let fields = try YAMLDecoder().decode(MetadataFields.self, from: yaml)
      let m = fields.applied(to: fallback)
      return (m, body, nil)
    } catch DecodingError.dataCorrupted(let context)
      where context.underlyingError is YamlError
    {
      let underlying = context.underlyingError as? YamlError ?? .no
      let (line, _, problem) = YAMLErrors.describe(underlying)
      let warning = LoadMessages.frontMatterInvalid(path, line: line.map { $0 + 1 }, problem)
      return (fallback, body, warning)
    } catch {
      let warning = LoadMessages.frontMatterInvalid(path, line: 1, "\(error)")
      return (fallback, body, warning)
    }
  }
}
