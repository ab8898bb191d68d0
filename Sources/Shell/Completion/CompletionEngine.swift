import Foundation
import LineEditing
import PipeLang
import TableModel

/// Tab completion by context, as a pure function of the text before the cursor.
///
/// ```
/// "cla"                          → claims            (tables and commands at line start)
/// "claims | wh"                  → where             (stages after |)
/// "claims | where lev"           → level             (columns of the source table)
/// "claims | where level >= li"   → likely            (scale names after a level comparison)
/// "claims | export \"ou"         → out.csv           (files inside quotes)
/// ```
public struct CompletionEngine {
  let catalog: any TableCatalog
  let commandNames: [String]
  let variables: () -> [String: Table]
  /// Folder for relative file completion.
  public var directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)

  static let columnStages: Set<String> = [
    "where", "select", "sort", "group", "distinct", "top", "sum", "avg", "min", "max",
  ]
  static let operators: Set<String> = ["==", "!=", "<", "<=", ">", ">=", "in", "contains", "["]

  public init(
    catalog: any TableCatalog, commandNames: [String],
    variables: @escaping () -> [String: Table] = { [:] }
  ) {
    self.catalog = catalog
    self.commandNames = commandNames
    self.variables = variables
  }

  /// Candidates for the word ending at the cursor.
  public func complete(_ before: String) -> Completion {
    if let file = fileCompletion(before) { return file }
    let segments = before.split(separator: "|", omittingEmptySubsequences: false)
    let segment = String(segments.last ?? "")
    let word = String(segment.reversed().prefix { !" \t,([".contains($0) }.reversed())
    let earlier = segment.dropLast(word.count).split(whereSeparator: { " \t,".contains($0) })
      .map(String.init)
    let candidates: [String]
    if segments.count == 1 {
      candidates = lineStart(earlier, word: word)
    } else if earlier.isEmpty {
      candidates = StageRegistry.names
    } else {
      candidates = stageArgument(earlier, source: sourceTable(String(segments[0])), word: word)
    }
    let matching = Array(Set(candidates.filter { $0.hasPrefix(word) })).sorted()
    return Completion(wordLength: word.count, candidates: matching)
  }

  /// Line start: tables, commands, `let`, `source`; then a document id after a table name.
  func lineStart(_ earlier: [String], word: String) -> [String] {
    if earlier.isEmpty {
      return catalog.tableNames + commandNames + ["let", "source"]
        + (word.hasPrefix("$") ? variables().keys.map { "$" + $0 } : [])
    }
    if earlier == ["help"] { return StageRegistry.names + commandNames }
    if earlier.count == 1, catalog.tableNames.contains(earlier[0]) {
      return catalog.completions(.documentIDs)
    }
    return catalog.completions(.documentIDs) + catalog.completions(.entities)
  }

  /// Inside a stage: columns, or values after a comparison.
  func stageArgument(_ earlier: [String], source: String?, word: String) -> [String] {
    guard let stage = earlier.first, Self.columnStages.contains(stage) else { return [] }
    let columns = source.map { columnNames(of: $0) } ?? []
    if let last = earlier.last, Self.operators.contains(last) || last.hasSuffix("[") {
      let column = earlier.dropLast().last { !Self.operators.contains($0) } ?? ""
      return values(for: column)
    }
    if stage == "sort", earlier.count > 1 { return columns + ["desc", "asc"] }
    if stage == "where", earlier.count > 1, columns.contains(earlier.last ?? "") {
      return ["==", "!=", ">=", "<=", "in", "contains", "matches"]
    }
    return columns + (stage == "where" && earlier.count > 1 ? ["and", "or", "not"] : [])
  }

  func values(for column: String) -> [String] {
    switch column {
    case "level": SampleCatalog.levelScale + ["possible", "certain", "uncertain", "unmarked"]
    case "doc", "id", "claim": catalog.completions(.documentIDs)
    case "entities": catalog.completions(.entities)
    default: catalog.completions(.documentIDs) + catalog.completions(.entities)
    }
  }

  func sourceTable(_ firstSegment: String) -> String? {
    let words = firstSegment.split(whereSeparator: { " \t".contains($0) })
    guard let first = words.first.map(String.init) else { return nil }
    if first == "let", words.count >= 4 { return String(words[3]) }
    return first
  }

  func columnNames(of source: String) -> [String] {
    if source.hasPrefix("$") { return variables()[String(source.dropFirst())]?.columnNames ?? [] }
    return catalog.completions(.columns(table: source))
  }

  /// File names inside an open quote after `export` or `source`.
  func fileCompletion(_ before: String) -> Completion? {
    guard before.filter({ $0 == "\"" }).count % 2 == 1,
      let quote = before.lastIndex(of: "\"")
    else { return nil }
    let head = before[..<quote].split(whereSeparator: { " \t|".contains($0) }).last
    guard head == "export" || head == "source" else { return nil }
    let partial = String(before[before.index(after: quote)...])
    let folderPart =
      partial.contains("/")
      ? String(partial[...(partial.lastIndex(of: "/") ?? partial.startIndex)]) : ""
    let namePart = String(partial.dropFirst(folderPart.count))
    let folder =
      folderPart.hasPrefix("/")
      ? URL(fileURLWithPath: folderPart) : directory.appendingPathComponent(folderPart)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    let candidates = names.filter { $0.hasPrefix(namePart) && !$0.hasPrefix(".") }.sorted().map {
      name -> String in
      var isDir: ObjCBool = false
      _ = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(name).path, isDirectory: &isDir)
      return name + (isDir.boolValue ? "/" : "\"")
    }
    return Completion(wordLength: namePart.count, candidates: candidates)
  }
}
