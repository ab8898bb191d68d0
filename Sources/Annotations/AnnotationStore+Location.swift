import Foundation

extension AnnotationStore {
  /// Where a corpus's annotations live by default.
  ///
  /// A user corpus keeps them beside itself, in `DIR/.assay/annotations.sqlite`; the bundled
  /// corpus uses `$XDG_DATA_HOME/assay/annotations.sqlite`, or
  /// `~/.local/share/assay/annotations.sqlite` when `XDG_DATA_HOME` is unset, empty or relative
  /// (as the XDG spec requires). `--project FILE` simply passes another URL to `open(at:)`.
  /// Folders are created by `open(at:)`, not here.
  ///
  /// ```
  /// defaultLocation(corpusFolder: URL(fileURLWithPath: "/data/purges"))
  /// // /data/purges/.assay/annotations.sqlite
  /// defaultLocation(corpusFolder: nil, environment: ["HOME": "/home/ann"])
  /// // /home/ann/.local/share/assay/annotations.sqlite
  /// ```
  public static func defaultLocation(
    corpusFolder: URL?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    let fileName = "annotations.sqlite"
    if let corpusFolder {
      return corpusFolder.appendingPathComponent(".assay", isDirectory: true)
        .appendingPathComponent(fileName)
    }
    let dataHome: URL
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      dataHome = URL(fileURLWithPath: xdg, isDirectory: true)
    } else {
      let home =
        environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
        ?? FileManager.default.homeDirectoryForCurrentUser.path
      dataHome = URL(fileURLWithPath: home, isDirectory: true)
        .appendingPathComponent(".local/share", isDirectory: true)
    }
    return dataHome.appendingPathComponent("assay", isDirectory: true)
      .appendingPathComponent(fileName)
  }
}
