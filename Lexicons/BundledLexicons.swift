import Foundation

/// The built-in lexicons (confidence cues, sources, entities, topics) shipped as data files.
public enum BundledLexicons {
  /// Folder holding the built-in lexicon files.
  public static var directory: URL? {
    Bundle.module.url(forResource: "data", withExtension: nil)
  }
}
