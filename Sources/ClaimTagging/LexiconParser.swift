import Diagnostics

extension Diagnostic.Message {
  fileprivate static func malformed(_ reason: String) -> Self {
    "malformed lexicon entry: \(reason)"
  }
}

/// Reads the lexicon line format: `phrase<TAB>value[<TAB>more]`, `#` comments, `[kind]` sections.
///
/// ```
/// # a comment
/// it is reasonable to {suppose|assume}	likely
/// ```
/// gives two confidence entries, `it is reasonable to suppose` and `it is reasonable to assume`.
enum LexiconParser {
  /// Parses one file's text. `kind` is the lexicon the file's name selects (nil when the name
  /// selects none; then every entry must follow a `[kind]` section line).
  static func parse(_ text: String, file: String, kind: LexiconEntry.Kind?) throws
    -> [LexiconEntry]
  {
    var entries: [LexiconEntry] = []
    var current = kind
    var lineNumber = 0
    for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : String(rawLine)
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      func fail(_ reason: String) -> Diagnostic {
        Diagnostic(
          code: "lexicon.malformed", .malformed(reason),
          span: SourceSpan(file: file, line: lineNumber, column: 1, length: line.count),
          sourceLine: line, notes: current.map { [format($0)] } ?? [])
      }
      if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
        let name = String(trimmed.dropFirst().dropLast())
        guard let section = LexiconEntry.Kind(rawValue: name) else {
          throw fail("unknown section '[\(name)]'; expected one of \(kindList)")
        }
        current = section
        continue
      }
      guard let kind = current else {
        throw fail(
          "no lexicon kind: name the file after one (e.g. confidence.tsv) or add a section line such as [confidence]"
        )
      }
      let fields = line.split(separator: "\t").map { $0.trimmingWhitespace() }.filter {
        !$0.isEmpty
      }
      if let reason = validate(fields, kind: kind) { throw fail(reason) }
      let phrases: [String]
      do {
        phrases = try expand(fields[0])
      } catch let error as ExpansionError {
        throw fail(error.reason)
      }
      for phrase in phrases {
        entries.append(
          LexiconEntry(
            kind: kind, file: file, line: lineNumber, phrase: phrase, value: fields[1],
            extra: Array(fields.dropFirst(2))))
      }
    }
    return entries
  }

  private static let kindList = LexiconEntry.Kind.allCases.map(\.rawValue).joined(separator: ", ")

  /// The expected columns of a kind, shown as a note under a malformed line.
  static func format(_ kind: LexiconEntry.Kind) -> String {
    switch kind {
    case .confidence: return "confidence format: phrase<TAB>level[<TAB>keep|aside]"
    case .basis: return "basis format: phrase<TAB>weak|moderate|strong"
    case .sources: return "sources format: phrase<TAB>role<TAB>kind<TAB>name"
    case .entities: return "entities format: alias<TAB>canonical name<TAB>person|body|place"
    case .topics: return "topics format: keyword<TAB>topic"
    }
  }

  /// Why `fields` is not a valid entry of `kind`, or nil when it is.
  private static func validate(_ fields: [String], kind: LexiconEntry.Kind) -> String? {
    let counts: ClosedRange<Int>
    switch kind {
    case .confidence: counts = 2...3
    case .basis, .topics: counts = 2...2
    case .sources: counts = 4...4
    case .entities: counts = 3...3
    }
    guard counts.contains(fields.count) else {
      return
        "expected \(counts.lowerBound == counts.upperBound ? "\(counts.lowerBound)" : "\(counts.lowerBound)-\(counts.upperBound)") TAB-separated columns, found \(fields.count)"
    }
    let value = fields[1]
    switch kind {
    case .confidence:
      let allowed =
        ConfidenceLevel.allCases.filter { $0 != .unmarked }.map(\.rawValue) + [
          "none", "negator",
        ]
      if !allowed.contains(value) { return "unknown level '\(value)'" }
      if fields.count == 3 && !["keep", "aside"].contains(fields[2]) {
        return "unknown flag '\(fields[2])'"
      }
    case .basis:
      if !["weak", "moderate", "strong"].contains(value) { return "unknown basis '\(value)'" }
    case .topics:
      if Topic(rawValue: value) == nil { return "unknown topic '\(value)'" }
    case .entities:
      if EntityType(rawValue: fields[2]) == nil { return "unknown entity type '\(fields[2])'" }
    case .sources:
      guard let role = SourceRole(rawValue: value) else { return "unknown source role '\(value)'" }
      if role.needsKind && SourceKind(rawValue: fields[2]) == nil {
        return "unknown source kind '\(fields[2])'"
      }
    }
    return nil
  }

  struct ExpansionError: Error { var reason: String }

  /// Expands `{a|b}` groups and normalises: lower case, single spaces, trimmed.
  static func expand(_ pattern: String) throws -> [String] {
    var results = [""]
    var rest = Substring(pattern)
    while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
      guard rest[open] == "{", let close = rest[open...].firstIndex(of: "}") else {
        throw ExpansionError(reason: "unbalanced '{' or '}' in '\(pattern)'")
      }
      let inner = rest[rest.index(after: open)..<close]
      if inner.contains("{") { throw ExpansionError(reason: "nested '{' in '\(pattern)'") }
      let prefix = String(rest[..<open])
      let options = inner.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      results = results.flatMap { head in options.map { head + prefix + $0 } }
      rest = rest[rest.index(after: close)...]
    }
    results = results.map { normalise($0 + rest) }
    if results.contains(where: \.isEmpty) {
      throw ExpansionError(reason: "empty phrase in '\(pattern)'")
    }
    return results
  }

  /// Lower case with single spaces: the form the trie stores.
  static func normalise(_ phrase: String) -> String {
    phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }
}

/// What a `sources` entry does (its second column).
enum SourceRole: String, Sendable {
  case attribution, name, report, intro
  var needsKind: Bool { self == .attribution || self == .name }
}

extension StringProtocol {
  /// The text without leading and trailing spaces, tabs and line ends.
  func trimmingWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
