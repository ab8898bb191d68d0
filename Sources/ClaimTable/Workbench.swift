import BundledLexicons
import ClaimTagging
import CorpusLoading
import Diagnostics
import Foundation

/// A loaded corpus with every claim tagged: what the shell, scripts and exports all read.
public struct Workbench: Sendable {
  public let corpus: Corpus
  public let lexicons: Lexicons
  public let claims: [TaggedClaim]
  /// Problems met while loading the corpus or lexicons, each naming its file.
  public let warnings: [Diagnostic]
  private let claimIndex: [String: Int]

  /// Tags every claim. Documents are put in date order (year, date, id), the order in which a
  /// reader compares them.
  public init(corpus: Corpus, lexicons: Lexicons) {
    var corpus = corpus
    corpus.documents.sort {
      ($0.metadata.year ?? Int.max, $0.metadata.date, $0.id)
        < ($1.metadata.year ?? Int.max, $1.metadata.date, $1.id)
    }
    self.corpus = corpus
    self.lexicons = lexicons
    let tagger = ClaimTagger(lexicons: lexicons)
    var tagged: [TaggedClaim] = []
    for document in corpus.documents {
      for version in document.versions {
        let paragraphs = version.paragraphs.map { $0.claims.map(\.text) }
        let tags = tagger.tagDocument(paragraphs)
        for (paragraph, paragraphTags) in zip(version.paragraphs, tags) {
          for (claim, claimTags) in zip(paragraph.claims, paragraphTags) {
            tagged.append(TaggedClaim(claim: claim, document: document.metadata, tags: claimTags))
          }
        }
      }
    }
    self.claims = tagged
    self.warnings = corpus.warnings
    var index: [String: Int] = [:]
    for (position, claim) in tagged.enumerated() { index[claim.id] = position }
    self.claimIndex = index
  }

  /// Loads a corpus folder (or the bundled corpus when `corpus` is nil) and tags it, merging a
  /// user lexicon folder or file over the built-in lexicons when one is given.
  public static func load(corpus folder: URL?, userLexicon: URL? = nil) throws -> Workbench {
    let corpus =
      try folder.map { try CorpusLoader.load(directory: $0) } ?? CorpusLoader.loadBundled()
    let lexicons = try Lexicons.bundled(merging: userLexicon)
    return Workbench(corpus: corpus, lexicons: lexicons)
  }

  public func claim(_ id: String) -> TaggedClaim? {
    claimIndex[id].map { claims[$0] }
  }

  public func document(_ id: String) -> Document? { corpus.document(id) }

  public var documentIDs: [String] { corpus.documents.map(\.id) }
}

extension Lexicons {
  /// The built-in lexicons with a user's lexicon file or folder merged over them.
  public static func bundled(merging user: URL?) throws -> Lexicons {
    guard let user else { return try bundled() }
    guard let builtIn = BundledLexicons.directory else { return try bundled() }
    return try load(builtIn: builtIn, user: user)
  }
}

extension Workbench {
  /// Every canonical entity name found in the corpus, sorted, for completion.
  public var entityNames: [String] {
    Set(claims.flatMap { $0.tags.entityNames }).sorted()
  }
}
