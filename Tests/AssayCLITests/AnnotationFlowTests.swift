import Foundation
import Testing

/// Hand annotations through the real binary: they reach the claim table, `why`, exports, and
/// survive into the next run; a project that cannot be written leaves the rest working.
@Suite(.serialized) struct AnnotationFlowTests {
  let data = AssayProcess.temporaryFolder()

  func assay(_ arguments: [String], _ stdin: String = "") throws -> AssayProcess.Result {
    try AssayProcess.run(arguments, stdin: stdin, environment: ["XDG_DATA_HOME": data.path])
  }

  @Test func tagsNotesAndOverridesReachTheTableAndExports() throws {
    let session = """
      tag 1953-uk-beria/2.2 +policy-continuity
      note 1953-uk-beria/2.2 "Key judgement"
      set 1953-uk-beria/2.3 level=likely
      claims 1953-uk-beria | where tags contains "policy-continuity" | select id, tags, note
      claims | where id == 1953-uk-beria/2.3 | select level, level_auto

      """
    let first = try assay([], session)
    #expect(first.status == 0, "stderr: \(first.stderr)")
    #expect(first.stdout.contains("1 claim: 1 added, 0 removed, 0 unchanged"))
    #expect(first.stdout.contains("1953-uk-beria/2.2  policy-continuity  Key judgement"))
    #expect(first.stdout.contains("likely  possible"))

    let csv = try assay(["export", "claims", "--format", "csv"])
    let row = csv.stdout.split(separator: "\r\n").first { $0.hasPrefix("1953-uk-beria/2.2,") }
    #expect(row?.hasSuffix(",policy-continuity,Key judgement") == true)
    #expect(
      csv.stdout.hasPrefix(
        "id,doc,version,year,date,author,paragraph,sentence,text,level,level_auto,"))

    let why = try assay(["-c", "why 1953-uk-beria/2.3"])
    #expect(why.stdout.contains("level = likely (automatic: possible)"))

    // A new session has nothing of its own to undo; the earlier session's work stays.
    let undo = try assay([], "undo\n")
    #expect(undo.status == 70)
    #expect(
      undo.stderr
        == "<stdin>:1:1: error: nothing to undo in this session [annotate.nothing-to-undo]\n"
        + "1 | undo\n  | ^^^^\n")
    let kept = try assay(["-c", "claims | where tags contains \"policy-continuity\" | count"])
    #expect(kept.stdout == "1\n")
  }

  @Test func undoReversesTheLastCommandOfTheSession() throws {
    let result = try assay(
      [],
      "tag 1937-henderson/1.1 +scale\ntag 1937-henderson/1.1 +numbers\nundo\n"
        + "claims | where id == 1937-henderson/1.1 | select tags\n")
    #expect(result.status == 0, "stderr: \(result.stderr)")
    #expect(
      result.stdout == """
        1 claim: 1 added, 0 removed, 0 unchanged
        1 claim: 1 added, 0 removed, 0 unchanged
        1 claim: 0 added, 1 removed, 0 unchanged
        scale

        """)
  }

  @Test func aProjectThatCannotBeWrittenLeavesReadingWorking() throws {
    let project = data.appendingPathComponent("garbage.sqlite")
    try Data(repeating: 0x41, count: 4096).write(to: project)
    let result = try assay(
      ["--project", project.path], "claims | count\ntag 1937-henderson/1.1 +x\n")
    let claimCount = try assay(["-c", "claims | count"]).stdout
    #expect(result.stdout == claimCount)
    #expect(result.stderr.hasPrefix("error: annotations file '\(project.path)' is corrupt"))
    #expect(result.stderr.contains("[annotate.corrupt]"))
    #expect(result.status == 70)
    #expect(try Data(contentsOf: project) == Data(repeating: 0x41, count: 4096))
  }

  @Test func unknownClaimSuggestsTheNearestId() throws {
    let result = try assay(["-c", "tag 1953-uk-beria/9.9 +x"])
    #expect(result.status == 70)
    #expect(result.stderr.contains("no claim '1953-uk-beria/9.9' [shell.not-found]"))
    #expect(result.stderr.contains("did you mean"))
  }
}

/// Annotations on a user's corpus live beside it, and survive edits to the corpus as orphans.
@Suite(.serialized) struct AnnotationOrphanTests {
  @Test func changedTextOrphansTheAnnotationInsteadOfMovingIt() throws {
    let corpus = AssayProcess.temporaryFolder()
    let file = corpus.appendingPathComponent("memo.txt")
    try Data("1. The Army is probably loyal. The police are not.\n".utf8).write(to: file)
    let tagged = try AssayProcess.run(["--corpus", corpus.path, "-c", "tag memo/1.1 +army"])
    #expect(tagged.stdout == "1 claim: 1 added, 0 removed, 0 unchanged\n", "\(tagged.stderr)")
    #expect(
      FileManager.default.fileExists(
        atPath: corpus.appendingPathComponent(".assay/annotations.sqlite").path))

    try Data("1. The Army is certainly loyal. The police are not.\n".utf8).write(to: file)
    let after = try AssayProcess.run(
      ["--corpus", corpus.path],
      stdin: "annotations orphaned | select claim, kind, value, status\n"
        + "claims | where tags contains \"army\" | count\n")
    #expect(
      after.stdout == """
        claim     kind  value  status
        ────────  ────  ─────  ────────
        memo/1.1  tag   army   orphaned
        (1 row)
        0

        """)
  }

  @Test func compareCountsHandOverridesAndTags() throws {
    let data = AssayProcess.temporaryFolder()
    let env = ["XDG_DATA_HOME": data.path, "LANG": "C.UTF-8"]
    _ = try AssayProcess.run(
      [], stdin: "claims 1937-henderson | where level == unmarked | tag +narrative\n",
      environment: env)
    let result = try AssayProcess.run(["-c", "compare tags by year"], environment: env)
    #expect(result.status == 0, "\(result.stderr)")
    let rows = "\nyear  narrative  total\n1937         26     26\n1953          0      0\n"
    #expect(result.stdout.contains(rows))
  }
}
