import CorpusLoading

/// Draws a `VersionDiff`: a summary line, then each paragraph with its sentences marked
/// `=` same, `~` edited (with the word diff), `-` only in the old and `+` only in the new version.
public struct VersionDiffReport: Sendable {
  public var width: Int
  /// Show unchanged sentences in full (otherwise they are only counted).
  public var showSame: Bool

  public init(width: Int, showSame: Bool = false) {
    self.width = max(width, 40)
    self.showSame = showSame
  }

  public func render(_ diff: VersionDiff) -> String {
    let t = diff.tally
    var out = "diff \(diff.documentID) \(diff.oldVersion) → \(diff.newVersion): "
    out += "\(t.same) same, \(t.edited) edited, \(t.onlyOld) only in \(diff.oldVersion), "
    out += "\(t.onlyNew) only in \(diff.newVersion)\n"
    for paragraph in diff.paragraphs {
      let changed = paragraph.changes.filter { if case .same = $0 { false } else { true } }
      guard !changed.isEmpty || paragraph.moved || showSame else { continue }
      out += "\n" + header(paragraph, diff) + "\n"
      var sameCount = 0
      for change in paragraph.changes {
        switch change {
        case .same(_, let new):
          sameCount += 1
          if showSame { out += line("=", new.id, new.text) }
        case .edited(let old, let new, let words):
          out += line("~", "\(old.id) → \(new.id)", words)
        case .onlyOld(let claim): out += line("-", claim.id, claim.text)
        case .onlyNew(let claim): out += line("+", claim.id, claim.text)
        }
      }
      if !showSame, sameCount > 0 {
        out += "  = \(sameCount) sentence\(sameCount == 1 ? "" : "s") unchanged\n"
      }
    }
    return out
  }

  private func header(_ p: VersionDiff.ParagraphChange, _ diff: VersionDiff) -> String {
    func name(_ paragraph: Paragraph?, _ version: String) -> String {
      guard let paragraph else { return "—" }
      return "\(version) ¶\(paragraph.label ?? "p\(paragraph.index)")"
    }
    var text = "\(name(p.old, diff.oldVersion)) ↔ \(name(p.new, diff.newVersion))"
    if p.old == nil { text += " (only in \(diff.newVersion))" }
    if p.new == nil { text += " (only in \(diff.oldVersion))" }
    if p.moved { text += " (moved)" }
    if let old = p.old, let new = p.new, old.label != new.label { text += " (relabelled)" }
    return text
  }

  private func line(_ mark: String, _ id: String, _ text: String) -> String {
    let body = TextLayout.wrap(text, width: width - 4).map { "    " + $0 }.joined(separator: "\n")
    return "  \(mark) \(id)\n\(body)\n"
  }
}
