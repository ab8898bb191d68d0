import Diagnostics
import Yams

/// `manifest.yaml`: one entry per document file, decoded with Yams.
///
/// ```yaml
/// documents:
///   - file: 000_9bdd42c96d1b030a.txt
///     id: 1953-uk-beria
///     year: 1953
/// ```
struct Manifest: Decodable {
  struct Entry: Decodable {
    var file: String
    var fields: MetadataFields

    private enum CodingKeys: String, CodingKey { case file, id }

    /// `file` and `id` are required; the other fields are those of front matter.
    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      file = try container.decode(String.self, forKey: .file)
      _ = try container.decode(String.self, forKey: .id)
      fields = try MetadataFields(from: decoder)
    }

    var metadata: DocumentMetadata {
      fields.applied(to: DocumentMetadata(id: fields.id ?? ""))
    }
  }

  var documents: [Entry]

  /// Decodes manifest text; a malformed one throws `manifest.invalid` naming file and line.
  static func decode(_ yaml: String, path: String) throws -> Manifest {
    do {
      return try YAMLDecoder().decode(Manifest.self, from: yaml)
    } catch let error as YamlError {
      let (line, column, problem) = YAMLErrors.describe(error)
      throw LoadMessages.manifestInvalid(path, line: line, column: column, problem)
    } catch DecodingError.dataCorrupted(let context)
      where context.underlyingError is YamlError
    {
      let underlying = context.underlyingError as? YamlError ?? .no
      let (line, column, problem) = YAMLErrors.describe(underlying)
      throw LoadMessages.manifestInvalid(path, line: line, column: column, problem)
    } catch let error as DecodingError {
      let (path2, problem) = YAMLErrors.describe(error)
      let mark = YAMLErrors.mark(for: path2, in: yaml)
      throw LoadMessages.manifestInvalid(path, line: mark?.line, column: mark?.column, problem)
    } catch {
      throw LoadMessages.manifestInvalid(path, line: nil, column: nil, "\(error)")
    }
  }

  /// The 1-based line of the `file:` entry naming `file`, for messages.
  static func line(of file: String, in yaml: String) -> Int? {
    for (k, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where line.contains("file:") && line.contains(file) {
      return k + 1
    }
    return nil
  }
}

/// Turns Yams and Decoding errors into a place and a short problem.
enum YAMLErrors {
  static func describe(_ error: YamlError) -> (Int?, Int?, String) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return (mark.line, mark.column, problem)
    case .reader(let problem, _, _, _):
      return (nil, nil, problem)
    default:
      return (nil, nil, "\(error)")
    }
  }

  static func describe(_ error: DecodingError) -> ([CodingKey], String) {
    switch error {
    case .keyNotFound(let key, let context):
      return (context.codingPath, "missing field '\(key.stringValue)'")
    case .typeMismatch(_, let context), .valueNotFound(_, let context),
      .dataCorrupted(let context):
      let field = context.codingPath.last.map { " at '\($0.stringValue)'" } ?? ""
      return (context.codingPath, "wrong value\(field): \(context.debugDescription)")
    @unknown default:
      return ([], "\(error)")
    }
  }

  /// The mark of the deepest node along `codingPath`.
  static func mark(for codingPath: [CodingKey], in yaml: String) -> Mark? {
    guard var node = (try? Yams.compose(yaml: yaml)) ?? nil else { return nil }
    var mark = node.mark
    for key in codingPath {
      let child: Node?
      if let index = key.intValue {
        child = node.sequence.flatMap { index < $0.count ? $0[index] : nil }
      } else {
        child = node[key.stringValue]
      }
      guard let child else { break }
      node = child
      mark = node.mark ?? mark
    }
    return mark
  }
}
