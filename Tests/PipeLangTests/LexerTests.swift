import Testing

@testable import PipeLang

struct LexCase: CustomStringConvertible, Sendable {
  let source: String
  let kinds: [String]
  var description: String { source }
}

func describe(_ kind: Token.Kind) -> String {
  switch kind {
  case .word(let w): "w:\(w)"
  case .string(let s): "s:\(s)"
  case .number(let d, let isInteger): isInteger ? "i:\(Int(d))" : "d:\(d)"
  case .variable(let v): "$\(v)"
  case .newline: "nl"
  case .end: "end"
  default: "op"
  }
}

@Test(
  "tokens",
  arguments: [
    LexCase(source: "claims 1957-cia", kinds: ["w:claims", "w:1957-cia", "end"]),
    LexCase(
      source: "where id == 1957-cia/b/4.2",
      kinds: ["w:where", "w:id", "op", "w:1957-cia/b/4.2", "end"]),
    LexCase(source: "limit 42", kinds: ["w:limit", "i:42", "end"]),
    LexCase(source: "p_low >= 0.5", kinds: ["w:p_low", "op", "d:0.5", "end"]),
    LexCase(source: "year > -3", kinds: ["w:year", "op", "i:-3", "end"]),
    LexCase(source: "kwic \"a \\\"b\\\"\"", kinds: ["w:kwic", "s:a \"b\"", "end"]),
    LexCase(source: "$year # comment", kinds: ["$year", "end"]),
    LexCase(source: "claims |\n  count", kinds: ["w:claims", "op", "w:count", "end"]),
    LexCase(source: "docs\ndocs", kinds: ["w:docs", "nl", "w:docs", "end"]),
    LexCase(
      source: "where topics contains \"армия\"",
      kinds: ["w:where", "w:topics", "w:contains", "s:армия", "end"]),
  ])
func tokens(_ c: LexCase) {
  var lexer = Lexer(c.source, file: "t")
  #expect(lexer.tokenize().map { describe($0.kind) } == c.kinds)
  #expect(lexer.diagnostics.isEmpty)
}

@Test func columnsCountUnicodeScalars() {
  var lexer = Lexer("kwic \"é\" | count", file: "t")
  let tokens = lexer.tokenize()
  #expect(tokens.map(\.span.column) == [1, 6, 10, 12, 17])
}
