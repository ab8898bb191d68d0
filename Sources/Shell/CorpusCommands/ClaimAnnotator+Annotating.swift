import PipeLang

/// Pipeline stages (`claims | where ... | tag +army-loyalty`) annotate through the same store
/// as the statement commands; each stage is one transaction over all its claims.
extension ClaimAnnotator: Annotating {
  public func tag(claimIDs: [String], add: [String], remove: [String]) throws -> String {
    let store = try writable()
    let labels = add.map { "+" + $0 } + remove.map { "-" + $0 }
    return try store.tag(
      claims(claimIDs), add: add, remove: remove,
      commandText: "| tag \(labels.joined(separator: " ")) (\(claimIDs.count) claims)"
    ).description
  }

  public func note(claimIDs: [String], text: String) throws -> String {
    let store = try writable()
    return try store.note(
      claims(claimIDs), text: text, commandText: "| note \"\(text)\" (\(claimIDs.count) claims)"
    ).description
  }

  public func set(claimIDs: [String], field: String, value: String) throws -> String {
    let store = try writable()
    return try store.set(
      claims(claimIDs), field: field, value: value,
      commandText: "| set \(field)=\(value) (\(claimIDs.count) claims)"
    ).description
  }

  public func unset(claimIDs: [String], field: String) throws -> String {
    let store = try writable()
    return try store.unset(
      claims(claimIDs), field: field, commandText: "| unset \(field) (\(claimIDs.count) claims)"
    ).description
  }
}
