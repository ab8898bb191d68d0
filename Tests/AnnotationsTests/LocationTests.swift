import Foundation
import Testing

@testable import Annotations

@Test(arguments: [
  (
    nil as String?, ["XDG_DATA_HOME": "/x/data", "HOME": "/home/ann"],
    "/x/data/assay/annotations.sqlite"
  ),
  (nil, ["HOME": "/home/ann"], "/home/ann/.local/share/assay/annotations.sqlite"),
  (nil, ["XDG_DATA_HOME": "relative", "HOME": "/h"], "/h/.local/share/assay/annotations.sqlite"),
  (nil, ["XDG_DATA_HOME": "", "HOME": "/h"], "/h/.local/share/assay/annotations.sqlite"),
  ("/data/purges", ["HOME": "/h"], "/data/purges/.assay/annotations.sqlite"),
])
func defaultLocation(_ corpus: String?, _ env: [String: String], _ expected: String) {
  let url = AnnotationStore.defaultLocation(
    corpusFolder: corpus.map { URL(fileURLWithPath: $0, isDirectory: true) }, environment: env)
  #expect(url.path == expected)
}

@Test(arguments: [
  (["USER": "ann", "LOGNAME": "x"], "ann"), (["LOGNAME": "bob"], "bob"), ([:], "unknown"),
  (["USER": ""], "unknown"),
])
func defaultAuthor(_ env: [String: String], _ expected: String) {
  #expect(AnnotationStore.defaultAuthor(environment: env) == expected)
}
