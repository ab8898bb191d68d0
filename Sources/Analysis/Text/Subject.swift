import ClaimTable
import ClaimTagging
import CorpusLoading

/// Finding the claims on one subject (a topic or an entity) for `compare topic|entity`.
public enum Subject {
  /// The topic named `name` (any case; `security police` and `security_police` work too).
  public static func topic(_ name: String) -> Topic? {
    let key = name.lowercased().replacingOccurrences(of: " ", with: "-")
      .replacingOccurrences(of: "_", with: "-")
    return Topic(rawValue: key)
  }

  /// The canonical entity a name refers to: a canonical name or any alias found in the corpus,
  /// compared without case (`red army` → `Army`).
  public static func entity(_ name: String, in claims: [TaggedClaim]) -> String? {
    let key = name.lowercased()
    for claim in claims {
      for entity in claim.tags.entities
      where entity.name.lowercased() == key || entity.match.text.lowercased() == key {
        return entity.name
      }
    }
    return nil
  }

  /// Every topic's name, in declared order.
  public static var topicNames: [String] { Topic.allCases.map(\.rawValue) }

  /// Every entity name and alias seen in the corpus, for "did you mean".
  public static func entityNames(in claims: [TaggedClaim]) -> [String] {
    var names = Set<String>()
    for claim in claims {
      for entity in claim.tags.entities {
        names.insert(entity.name)
        names.insert(entity.match.text)
      }
    }
    return names.sorted()
  }

  /// The claims of each document's final text: an earlier draft (a version followed by a later
  /// lettered version, such as 1957-cia `a` before `b`) is left out; cover notes are kept.
  public static func finalDrafts(_ claims: [TaggedClaim], corpus: Corpus) -> [TaggedClaim] {
    var superseded = Set<String>()
    for document in corpus.documents {
      let drafts = document.versions.map(\.id).filter {
        $0.count == 1 && $0.first?.isLetter == true
      }
      for id in drafts.dropLast() { superseded.insert(document.id + "/" + id) }
    }
    guard !superseded.isEmpty else { return claims }
    return claims.filter { !superseded.contains($0.claim.docID + "/" + $0.claim.versionID) }
  }
}
