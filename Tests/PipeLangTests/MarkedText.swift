import Diagnostics
import PipeLang

/// Script text with `1️⃣`-style markers: the clean text and the 1-based line and column of each.
struct MarkedText {
  let text: String
  var markers: [String: (line: Int, column: Int)] = [:]

  init(_ marked: String) {
    let markerScalars = Set(["1️⃣", "2️⃣", "3️⃣"])
    var clean = ""
    var line = 1
    var column = 1
    var rest = Substring(marked)
    outer: while !rest.isEmpty {
      for m in markerScalars where rest.hasPrefix(m) {
        markers[m] = (line, column)
        rest = rest.dropFirst(m.count)
        continue outer
      }
      let c = rest.removeFirst()
      clean.append(c)
      if c == "\n" {
        line += 1
        column = 1
      } else {
        column += c.unicodeScalars.count
      }
    }
    text = clean
  }
}

/// Runs `marked` and returns its diagnostics, paired with the marker each should sit on.
func diagnostics(_ marked: String) -> (MarkedText, [Diagnostic]) {
  let m = MarkedText(marked)
  let interpreter = Interpreter(catalog: SampleCatalog.catalog)
  let outcome = interpreter.run(m.text, file: "t.assay") { _ in }
  return (m, outcome.diagnostics)
}
