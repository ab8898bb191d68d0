import Foundation

/// Runs the built `assay` executable, as a user would, and captures what it prints.
struct AssayProcess {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The `assay` binary beside this test bundle in the build folder.
  static var executable: URL {
    var folder = Bundle.main.bundleURL
    for _ in 0..<4 {
      let candidate = folder.appendingPathComponent("assay")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      folder.deleteLastPathComponent()
    }
    return URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent(".build/debug/assay")
  }

  static func run(
    _ arguments: [String], stdin: String = "", in directory: URL? = nil,
    environment extra: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment["XDG_DATA_HOME"] = temporaryFolder().path
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    let input = Pipe()
    let output = Pipe()
    // Standard error goes to a file so a chatty stderr can never block on a full pipe.
    let errorFile = temporaryFolder().appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    let errors = try FileHandle(forWritingTo: errorFile)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    input.fileHandleForWriting.write(Data(stdin.utf8))
    try input.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try errors.close()
    let errData = (try? Data(contentsOf: errorFile)) ?? Data()
    return Result(
      status: process.terminationStatus,
      stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("assay-cli-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
