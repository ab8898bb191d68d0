// TEMP main: starts the shell on the sample catalog until the coordinator wires the real CLI.
import Foundation
import PipeLang
import Shell

let environment = ProcessInfo.processInfo.environment
let dataHome =
  environment["XDG_DATA_HOME"]
  ?? ((environment["HOME"] ?? NSTemporaryDirectory()) + "/.local/share")
let interpreter = Interpreter(catalog: SampleCatalog.catalog)
let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "-c", let script = arguments.dropFirst().first {
  let runner = ScriptRunner(interpreter: interpreter)
  let status = runner.run(
    script, file: "<command>", output: { StandardOutputSink().write($0) },
    errors: { StandardErrorSink().write($0) })
  exit(status)
}
exit(ShellLauncher.run(interpreter: interpreter, historyPath: dataHome + "/assay/history"))
