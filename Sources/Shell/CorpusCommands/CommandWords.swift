import Diagnostics

extension Diagnostic.Message {
  fileprivate static let unterminated: Self = "a quoted text has no closing quote"
}

/// Splits a command's arguments into words: white space separates, `"..."` keeps spaces
/// (with `\"` for a quote inside), and a word like `source="New York Times"` stays whole.
///
/// ```
/// note 1957-cia/b/4.2 "Struck in the later draft"  →  ["1957-cia/b/4.2", "Struck in the later draft"]
/// ```
enum CommandWords {
  struct Word: Equatable {
    var text: String
    /// True when any part of the word was quoted, so `"+x"` is text, not a label.
    var quoted: Bool
  }

  static func split(_ arguments: String) throws -> [Word] {
    var words: [Word] = []
    var current = ""
    var quoted = false
    var inQuotes = false
    var escaped = false
    var started = false
    for character in arguments {
      if inQuotes {
        if escaped {
          current.append(character)
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          inQuotes = false
        } else {
          current.append(character)
        }
      } else if character == "\"" {
        inQuotes = true
        quoted = true
        started = true
      } else if character.isWhitespace {
        if started { words.append(Word(text: current, quoted: quoted)) }
        current = ""
        quoted = false
        started = false
      } else {
        current.append(character)
        started = true
      }
    }
    if inQuotes { throw Diagnostic(code: "shell.unterminated-string", .unterminated) }
    if started { words.append(Word(text: current, quoted: quoted)) }
    return words
  }
}
