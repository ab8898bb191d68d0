/// One phrase of a lexicon file, after `{a|b}` alternatives are expanded.
///
/// `file:line` name the line it came from, so a match can always be traced to its data.
public struct LexiconEntry: Sendable, Hashable {
  /// Which lexicon an entry belongs to; also the stem of its built-in file name.
  public enum Kind: String, Sendable, CaseIterable {
    case confidence, basis, sources, entities, topics
  }

  public var kind: Kind
  /// The file's name as given (the built-in file's last path component, or the user's path).
  public var file: String
  /// 1-based line number in `file`.
  public var line: Int
  /// The expanded, lower-case phrase that is matched.
  public var phrase: String
  /// The entry's main value: a level, a basis, a source role, a canonical entity name, a topic.
  public var value: String
  /// The remaining columns: flags (confidence), kind and name (sources), type (entities).
  public var extra: [String]

  public init(
    kind: Kind, file: String, line: Int, phrase: String, value: String, extra: [String] = []
  ) {
    self.kind = kind
    self.file = file
    self.line = line
    self.phrase = phrase
    self.value = value
    self.extra = extra
  }

  /// `confidence.tsv:42`.
  public var location: String { "\(file):\(line)" }
}
