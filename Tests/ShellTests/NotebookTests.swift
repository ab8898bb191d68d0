import Diagnostics
import PipeLang
import Shell
import Testing

/// A notebook over the sample catalog: prose, a `let` block (no output), a block that uses the
/// variable and has a stale output, a command, an error, and a non-assay block left alone.
let notebookFixture = """
  # Purges

  Prose stays as it is.

  ```assay
  let likely = claims | where level >= likely
  ```

  ```assay
  $likely | count
  ```
  ```output
  99
  ```

  ```sh
  assay run x.assay
  ```

  ```assay
  help limit
  ```

  More prose.

  ```assay
  docs | count
  docs | select nope
  ```
  """

let notebookExpected = """
  # Purges

  Prose stays as it is.

  ```assay
  let likely = claims | where level >= likely
  ```

  ```assay
  $likely | count
  ```
  ```output
  4
  ```

  ```sh
  assay run x.assay
  ```

  ```assay
  help limit
  ```
  ```output
  usage: limit N

  Keep the first N rows.

  examples:
    claims | limit 2    # the first two claims
  ```

  More prose.

  ```assay
  docs | count
  docs | select nope
  ```
  ```output
  3
  nb.md:36:15: error: unknown column 'nope' [eval.unknown-column]
  36 | docs | select nope
     |               ^^^^
  note: columns: id, year, author, title, claims
  ```
  """

func runNotebook(_ text: String) -> NotebookResult {
  NotebookRunner(interpreter: Interpreter(catalog: SampleCatalog.catalog)).run(text, file: "nb.md")
}

@Test func notebookRunWritesOutputsUnderEachBlock() {
  let result = runNotebook(notebookFixture)
  #expect(result.text == notebookExpected)
  #expect(
    result.stale == [
      StaleCell(line: 9, missing: false), StaleCell(line: 20, missing: true),
      StaleCell(line: 26, missing: true),
    ])
}

@Test func notebookCheckPassesOnAFreshRun() {
  let result = runNotebook(notebookExpected)
  #expect(result.stale == [])
  #expect(result.text == notebookExpected)
}

@Test func notebookCheckNamesTheLineOfAnEditedOutput() {
  let edited = notebookExpected.replacingOccurrences(of: "```output\n4\n", with: "```output\n5\n")
  #expect(runNotebook(edited).stale == [StaleCell(line: 9, missing: false)])
}

@Test func outputBlockIsRemovedWhenABlockShowsNothing() {
  let text = "```assay\nlet x = docs\n```\n\n```output\nold\n```\ntail"
  let result = runNotebook(text)
  #expect(result.text == "```assay\nlet x = docs\n```\ntail")
  #expect(result.stale == [StaleCell(line: 1, missing: false)])
}

@Test func notebookFindsCellsAndTheirOutputs() {
  let notebook = Notebook(notebookExpected)
  #expect(notebook.cells.map(\.fenceLine) == [5, 9, 20, 34])
  #expect(
    notebook.cells.map(\.output) == [
      nil, "4",
      "usage: limit N\n\nKeep the first N rows.\n\nexamples:\n  claims | limit 2    # the first two claims",
      "3\nnb.md:36:15: error: unknown column 'nope' [eval.unknown-column]\n36 | docs | select nope\n"
        + "   |               ^^^^\nnote: columns: id, year, author, title, claims",
    ])
}
