import Diagnostics
import Foundation

/// Reads one document file with the checks that let the other files keep loading:
/// too large, unreadable, empty and binary files become warnings and are skipped.
enum DocumentFile {
  /// The file's bytes, or the warning explaining why it was skipped.
  static func read(_ url: URL, display: String) -> Result<[UInt8], Diagnostic> {
    let fm = FileManager.default
    let size = (try? fm.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
    if size > LoadMessages.maximumFileSize {
      return .failure(LoadMessages.tooLarge(display, bytes: size))
    }
    guard fm.isReadableFile(atPath: url.path), let data = fm.contents(atPath: url.path) else {
      return .failure(LoadMessages.unreadableFile(display))
    }
    if data.count > LoadMessages.maximumFileSize {
      return .failure(LoadMessages.tooLarge(display, bytes: data.count))
    }
    let bytes = [UInt8](data)
    if let nul = bytes.prefix(8192).firstIndex(of: 0) {
      return .failure(LoadMessages.binaryFile(display, offset: nul))
    }
    if bytes.allSatisfy(ByteText.isSpace) { return .failure(LoadMessages.emptyFile(display)) }
    return .success(bytes)
  }

  /// Metadata from the file name alone: `My Notes.txt` -> id `my-notes`, year unknown.
  static func defaultMetadata(fileName: String) -> DocumentMetadata {
    let stem = (fileName as NSString).deletingPathExtension
    let id = stem.lowercased().replacingOccurrences(of: " ", with: "-")
    return DocumentMetadata(id: id.isEmpty ? "document" : id, title: stem)
  }
}
