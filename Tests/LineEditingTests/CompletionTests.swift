import LineEditing
import Testing

@Test(
  "common prefix",
  arguments: [
    (["very-likely", "very-unlikely"], "very-"), (["claims"], "claims"), ([], ""),
    (["a", "b"], ""),
  ] as [([String], String)])
func commonPrefix(_ candidates: [String], _ expected: String) {
  #expect(Completion(wordLength: 0, candidates: candidates).commonPrefix == expected)
}

@Test func scriptedReaderPlaysInputThenEOF() {
  let reader = ScriptedLineReader([.line("docs"), .interrupted])
  #expect(reader.readLine(prompt: "a> ") == .line("docs"))
  #expect(reader.readLine(prompt: "b> ") == .interrupted)
  #expect(reader.readLine(prompt: "c> ") == .eof)
  #expect(reader.prompts == ["a> ", "b> ", "c> "])
  reader.addHistory("docs")
  #expect(reader.history == ["docs"])
}
