import CorpusLoading

/// Text views of a document and its paragraphs, for `show DOC[/VERSION]`.
public enum DocumentView {
  /// The header, then each paragraph with its printed label (or `¶K`) and editor's notes.
  ///
  /// ```
  /// 1953-uk-beria  Downfall of Beria (cypher telegram Y. No. 243)
  /// 1953-07 · British Foreign Office · contemporary assessment · 1 version
  ///
  /// [¶1] The background to Beria’s fall is obscure ...
  /// [2]  The important question is ...
  /// ```
  public static func render(_ document: Document, version: String? = nil) -> String {
    let m = document.metadata
    var lines = ["\(m.id)  \(m.title)"]
    let facts = [m.date, m.author, m.kind, plural(document.versions.count, "version")]
    lines.append(facts.filter { !$0.isEmpty }.joined(separator: " · "))
    for v in document.versions where version == nil || v.id == version {
      lines.append("")
      if document.versions.count > 1 {
        lines.append("── version \(v.id)\(v.title.isEmpty ? "" : ": \(v.title)") ──")
      }
      for paragraph in v.paragraphs {
        lines.append("[\(paragraph.label ?? "¶\(paragraph.index)")] \(paragraph.finalText)")
        for number in paragraph.noteNumbers {
          if let note = document.editorNotes.first(where: { $0.number == number }) {
            lines.append("    [editor's note \(number)] \(note.text)")
          }
        }
      }
    }
    return lines.joined(separator: "\n")
  }

  static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
