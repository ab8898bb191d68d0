import Annotations
import Foundation

/// Stress writer for the never-lost tests: `AnnotationStress FILE PREFIX COUNT`.
///
/// Opens the store at FILE and runs COUNT commands on claims `stress/PREFIX/N`, cycling through
/// `tag +lN`, `note`, `set level=` and a three-claim `tag`
/// (see `StressPlan`). After each COMMITTED command it writes
/// `ack PREFIX N` to stdout unbuffered, so a parent that kills it knows exactly what must have
/// survived. Exits 2 when the store cannot be opened for writing, 3 when a command fails.

func fail(_ code: Int32, _ message: String) -> Never {
  FileHandle.standardError.write(Data((message + "\n").utf8))
  exit(code)
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let count = Int(arguments[3]) else {
  fail(64, "usage: AnnotationStress FILE PREFIX COUNT")
}
let url = URL(fileURLWithPath: arguments[1])
let prefix = arguments[2]
let store: AnnotationStore
do {
  store = try AnnotationStore.openForWriting(
    at: url, options: .init(session: "stress-\(prefix)", author: "stress"))
} catch {
  fail(2, "\(error.code): \(error.message.text)")
}
for n in 0..<count {
  let claim = StressPlan.claim(prefix: prefix, n)
  do {
    switch n % 4 {
    case 0: try store.tag(claim, add: [StressPlan.label(n)])
    case 1: try store.note(claim, text: StressPlan.note(n))
    case 2: try store.set(claim, field: "level", value: StressPlan.level(n))
    default:
      let command = StressPlan.sharedCommand(prefix: prefix, n)
      try store.tag(command.claims, add: command.labels)
    }
  } catch {
    fail(3, "\(error.code): \(error.message.text)")
  }
  // One unbuffered write(2) per acknowledgement: it is in the pipe before the next command.
  FileHandle.standardOutput.write(Data("ack \(prefix) \(n)\n".utf8))
}
