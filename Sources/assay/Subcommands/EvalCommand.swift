import ArgumentParser
import ClaimTable
import ClaimTagging
import Diagnostics
import Foundation

/// `assay eval FILE`: scores the tagger against a hand-labelled set of claims.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Score the tagger on a labelled set: hedge P/R/F1, level accuracy, source accuracy."
  )

  @Argument(help: "A labelled set, such as Evaluation/labelled.tsv.")
  var file: String

  @Option(name: .long, help: "A lexicon file or folder merged over the built-in lexicons.")
  var lexicon: String?

  func run() throws {
    do {
      let lexicons = try Lexicons.bundled(merging: lexicon.map { URL(fileURLWithPath: $0) })
      let report = try Evaluation.run(
        labelled: URL(fileURLWithPath: file), tagger: ClaimTagger(lexicons: lexicons))
      print(report.description)
    } catch let diagnostic as Diagnostic {
      StandardError.write(DiagnosticRenderer().headline(diagnostic))
      throw ExitCode(65)
    }
  }
}
