import Foundation

/// The five documents Assay ships, copied verbatim from the seed set, with their manifest.
public enum BundledCorpus {
  /// Folder holding the bundled `.txt` files and `manifest.yaml`.
  public static var directory: URL? {
    Bundle.module.url(forResource: "documents", withExtension: nil)
  }
}
