import BundledLexicons
import Diagnostics
import Foundation

extension Diagnostic.Message {
  fileprivate static func unreadable(_ path: String) -> Self {
    "cannot read lexicon file '\(path)'"
  }
  fileprivate static let missingBundle: Self = "the built-in lexicon folder is missing"
}

/// All lexicons (confidence, basis, sources, entities, topics), compiled into one byte trie.
public struct Lexicons: Sendable {
  /// Every entry, built-in first, after user entries replaced built-in ones with the same phrase.
  public let entries: [LexiconEntry]
  let trie: ByteTrie
  /// `entries` decoded, index for index.
  let info: [EntryInfo]

  /// Compiles `entries` as given.
  public init(entries: [LexiconEntry]) {
    self.entries = entries
    self.trie = ByteTrie(phrases: entries.map(\.phrase))
    self.info = entries.map(EntryInfo.init)
  }

  /// The built-in lexicons shipped in `Lexicons/data`.
  public static func bundled() throws -> Lexicons {
    guard let directory = BundledLexicons.directory else {
      throw Diagnostic(code: "lexicon.missing-bundle", .missingBundle)
    }
    return try load(builtIn: directory, user: nil)
  }

  /// Built-in files merged with a user's lexicon folder/file (user entries override/extend).
  ///
  /// `builtIn` is a folder holding `confidence.tsv`, `basis.tsv`, `sources.tsv`, `entities.tsv`
  /// and `topics.tsv`. `user` is a folder (every `.tsv` and `.txt` file in it, by name) or one
  /// file; a user file is read as the lexicon its name selects, or by `[kind]` section lines.
  /// A user entry replaces every built-in entry of the same kind and phrase.
  /// Throws a `Diagnostic` (`lexicon.malformed`, `lexicon.unreadable`) naming file and line.
  public static func load(builtIn: URL, user: URL?) throws -> Lexicons {
    var builtInEntries: [LexiconEntry] = []
    for kind in LexiconEntry.Kind.allCases {
      let url = builtIn.appendingPathComponent("\(kind.rawValue).tsv")
      builtInEntries += try LexiconParser.parse(
        read(url), file: url.lastPathComponent, kind: kind)
    }
    guard let user else { return Lexicons(entries: builtInEntries) }
    var userEntries: [LexiconEntry] = []
    for url in try userFiles(user) {
      let stem = url.deletingPathExtension().lastPathComponent
      userEntries += try LexiconParser.parse(
        read(url), file: url.path, kind: LexiconEntry.Kind(rawValue: stem))
    }
    return Lexicons(entries: merge(builtIn: builtInEntries, user: userEntries))
  }

  /// Built-in entries not overridden by a user entry (same kind and phrase), then user entries.
  static func merge(builtIn: [LexiconEntry], user: [LexiconEntry]) -> [LexiconEntry] {
    struct Key: Hashable {
      var kind: LexiconEntry.Kind
      var phrase: String
    }
    let overridden = Set(user.map { Key(kind: $0.kind, phrase: $0.phrase) })
    return builtIn.filter { !overridden.contains(Key(kind: $0.kind, phrase: $0.phrase)) } + user
  }

  private static func userFiles(_ url: URL) throws -> [URL] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw Diagnostic(code: "lexicon.unreadable", .unreadable(url.path))
    }
    guard isDirectory.boolValue else { return [url] }
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(".tsv") || $0.hasSuffix(".txt") }.sorted().map {
      url.appendingPathComponent($0)
    }
  }

  private static func read(_ url: URL) throws -> String {
    guard let data = FileManager.default.contents(atPath: url.path),
      let text = String(data: data, encoding: .utf8)
    else { throw Diagnostic(code: "lexicon.unreadable", .unreadable(url.path)) }
    return text
  }
}
