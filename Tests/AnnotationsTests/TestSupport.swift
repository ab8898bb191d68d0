import Foundation
import Testing

@testable import Annotations

/// A fresh folder under the temporary directory, removed by `cleanUp()`.
struct TempFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "annotations-tests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  var database: URL { url.appendingPathComponent("annotations.sqlite") }

  func cleanUp() {
    try? FileManager.default.removeItem(at: url)
  }
}

/// Options with a fixed author, session and clock (2026-11-23T18:00:00Z).
func testOptions(session: String = "s1", author: String = "ann") -> AnnotationStore.Options {
  var options = AnnotationStore.Options(
    session: session, author: author, levelScale: ["remote", "unlikely", "likely"])
  options.clock = { Date(timeIntervalSince1970: 1_795_456_800) }
  return options
}

let claimA = ClaimRef(id: "1957-cia/b/4.2", text: "The army is probably loyal.")
let claimB = ClaimRef(id: "1937-us/a/1.1", text: "Purges continue, \"quietly\".")
let claimC = ClaimRef(id: "1953-uk/c/2.0", text: "It is unlikely that Beria survives.")
