import BundledCorpus
import Diagnostics
import Foundation

/// Loads a corpus: the bundled one, or every `.txt` and `.md` file under a folder.
///
/// ```
/// let corpus = try CorpusLoader.loadBundled()       // five documents, ids from manifest.yaml
/// let mine = try CorpusLoader.load(directory: url)  // sorted by path; warnings in corpus.warnings
/// ```
public enum CorpusLoader {
  /// The shipped corpus, with metadata from its `manifest.yaml`; paths read `bundled:NAME`.
  public static func loadBundled() throws -> Corpus {
    guard let directory = BundledCorpus.directory else {
      throw LoadMessages.missingFolder("bundled corpus (resource 'documents')")
    }
    return try load(directory: directory, bundled: true)
  }

  /// Folder of the shipped corpus (its `.txt` files and `manifest.yaml`), for tools and benches.
  public static var bundledDirectory: URL? { BundledCorpus.directory }

  /// Every `.txt` and `.md` file under `directory` (hidden folders skipped), sorted by path.
  ///
  /// Throws `load.missing-folder`, `load.not-a-folder`, `load.unreadable`, `load.no-documents`
  /// or `manifest.invalid`; problems with single files become warnings in `Corpus.warnings`
  /// and the file is skipped: `load.empty-file`, `load.binary-file` (NUL in the first 8 KB),
  /// `load.unreadable`, and `load.too-large` for files above 64 MB
  /// (`LoadMessages.maximumFileSize`), which are refused without being read. Invalid UTF-8
  /// loads with U+FFFD and a `load.invalid-utf8` warning giving the first bad byte's offset.
  public static func load(directory: URL) throws -> Corpus {
    try load(directory: directory, bundled: false)
  }

  static func load(directory: URL, bundled: Bool) throws -> Corpus {
    let fm = FileManager.default
    let root = directory.standardizedFileURL
    var isFolder: ObjCBool = false
    guard fm.fileExists(atPath: root.path, isDirectory: &isFolder) else {
      throw LoadMessages.missingFolder(directory.path)
    }
    guard isFolder.boolValue else { throw LoadMessages.notAFolder(directory.path) }
    guard fm.isReadableFile(atPath: root.path),
      let all = try? fm.subpathsOfDirectory(atPath: root.path)
    else { throw LoadMessages.unreadableFolder(directory.path) }
    let files = all.filter { isDocument($0, in: root) }.sorted {
      $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
    var warnings: [Diagnostic] = []
    let entries = try manifestEntries(root, files: Set(files), warnings: &warnings)
    guard !files.isEmpty else { throw LoadMessages.noDocuments(directory.path) }
    var documents: [Document] = []
    var ids: [String: Int] = [:]
    for file in files {
      let url = root.appendingPathComponent(file)
      let display = bundled ? "bundled:\(file)" : url.path
      switch DocumentFile.read(url, display: display) {
      case .failure(let warning):
        warnings.append(warning)
      case .success(let bytes):
        let fallback =
          entries[file]?.metadata ?? DocumentFile.defaultMetadata(fileName: url.lastPathComponent)
        var (metadata, body, warning) = FrontMatter.split(bytes, fallback: fallback, path: display)
        if let entry = entries[file] { metadata = entry.metadata }
        if let warning { warnings.append(warning) }
        ids[metadata.id, default: 0] += 1
        if let n = ids[metadata.id], n > 1 { metadata.id += "-\(n)" }
        let document = DocumentParser.parse(bytes: body, metadata: metadata, path: display)
        warnings += document.warnings
        documents.append(document)
      }
    }
    guard !documents.isEmpty else {
      var error = LoadMessages.noDocuments(directory.path)
      error.notes = warnings.map(\.message.text)
      throw error
    }
    return Corpus(documents: documents, warnings: warnings)
  }

  /// A regular `.txt` or `.md` file (symbolic links followed; pipes and devices refused)
  /// with no hidden folder or file name on its path.
  private static func isDocument(_ relative: String, in root: URL) -> Bool {
    let parts = relative.split(separator: "/")
    guard !parts.contains(where: { $0.hasPrefix(".") }) else { return false }
    let ext = (relative as NSString).pathExtension.lowercased()
    guard ext == "txt" || ext == "md" else { return false }
    let path = root.appendingPathComponent(relative).resolvingSymlinksInPath().path
    let type =
      (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    return type == .typeRegular
  }

  /// Manifest entries by file (relative to the folder); none when there is no manifest.
  private static func manifestEntries(_ root: URL, files: Set<String>, warnings: inout [Diagnostic])
    throws -> [String: Manifest.Entry]
  {
    let url = root.appendingPathComponent("manifest.yaml")
    guard FileManager.default.fileExists(atPath: url.path) else { return [:] }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw LoadMessages.unreadableFolder(url.path)
    }
    let yaml = String(decoding: data, as: UTF8.self)
    let manifest = try Manifest.decode(yaml, path: url.path)
    var entries: [String: Manifest.Entry] = [:]
    for entry in manifest.documents {
      if files.contains(entry.file) {
        entries[entry.file] = entry
      } else {
        let line = Manifest.line(of: entry.file, in: yaml)
        warnings.append(LoadMessages.manifestMissingFile(url.path, file: entry.file, line: line))
      }
    }
    return entries
  }
}
