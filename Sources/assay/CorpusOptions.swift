import Annotations
import ArgumentParser
import ClaimTable
import ClaimTagging
import CorpusLoading
import Diagnostics
import Foundation

/// Options every subcommand shares: which corpus and which lexicons to load.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .long, help: "A folder of .txt/.md documents to load instead of the bundled corpus.")
  var corpus: String?

  @Option(name: .long, help: "A lexicon file or folder merged over the built-in lexicons.")
  var lexicon: String?

  @Option(
    name: .long,
    help:
      "The annotation project file (default: DIR/.assay/annotations.sqlite for --corpus DIR, else $XDG_DATA_HOME/assay/annotations.sqlite)."
  )
  var project: String?

  /// Where hand annotations are kept for this corpus.
  var projectURL: URL {
    if let project { return URL(fileURLWithPath: project) }
    return AnnotationStore.defaultLocation(corpusFolder: corpus.map { URL(fileURLWithPath: $0) })
  }

  /// The workbench with its annotation store and commands.
  func openSession() throws -> AssaySession {
    StartupTimer.mark("arguments")
    let workbench = try loadWorkbench()
    let session = AssaySession(workbench: workbench, project: projectURL)
    StartupTimer.mark("open project, register commands")
    return session
  }

  /// Loads and tags the corpus, printing each loading problem as one line on standard error.
  func loadWorkbench() throws -> Workbench {
    do {
      let loaded =
        try corpus.map { try CorpusLoader.load(directory: URL(fileURLWithPath: $0)) }
        ?? CorpusLoader.loadBundled()
      StartupTimer.mark("load, clean, segment")
      let lexicons = try Lexicons.bundled(merging: lexicon.map { URL(fileURLWithPath: $0) })
      StartupTimer.mark("lexicons")
      let workbench = Workbench(corpus: loaded, lexicons: lexicons)
      StartupTimer.mark("tag")
      let renderer = DiagnosticRenderer()
      for warning in workbench.warnings {
        StandardError.write(renderer.headline(warning))
      }
      return workbench
    } catch let diagnostic as Diagnostic {
      StandardError.write(DiagnosticRenderer().headline(diagnostic))
      throw ExitCode(66)
    }
  }
}

/// Lines for standard error, kept apart from the results on standard output.
enum StandardError {
  static func write(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
