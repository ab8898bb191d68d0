import ClaimTagging
import Foundation

/// The bundled lexicons, loaded once for all tests.
let bundledTagger: ClaimTagger = {
  do {
    return ClaimTagger(lexicons: try Lexicons.bundled())
  } catch {
    return ClaimTagger(lexicons: Lexicons(entries: []))
  }
}()

/// The repository root, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// A fresh temporary folder for lexicon files.
func temporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent(
    "assay-lexicon-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
