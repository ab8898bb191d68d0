import Diagnostics
import TableModel

/// Hand annotations on claims, for the `tag`, `note`, `set` and `unset` stages.
///
/// Each call gets the claim ids of every row of the pipeline's table (its `id` column) and
/// returns a one-line summary, such as "tagged 4 claims +army-loyalty", shown as a note. Throw a
/// `Diagnostic` on failure; one without a span gets the stage's span.
public protocol Annotating: AnyObject {
  /// `tag +a +b -c`: adds labels `add` and removes labels `remove` on every claim.
  func tag(claimIDs: [String], add: [String], remove: [String]) throws -> String
  /// `note "text"`: attaches the note `text` to every claim.
  func note(claimIDs: [String], text: String) throws -> String
  /// `set level=likely`: overrides `field` (such as level, source, source_kind) on every claim.
  func set(claimIDs: [String], field: String, value: String) throws -> String
  /// `unset level`: drops the override of `field` on every claim.
  func unset(claimIDs: [String], field: String) throws -> String
}

extension Diagnostic.Message {
  static let annotationsUnavailable: Self = "annotations are not available here"
  static let noIDColumn: Self = "annotating needs an 'id' column of claim ids"
  static func annotationFailed(_ error: any Error) -> Self { "annotation failed: \(error)" }
}

/// The shared run of the annotation stages: find the annotator and the ids, call, note the
/// summary, pass the input on.
enum Annotate {
  static func run(
    _ input: PipeValue, in context: EvalContext,
    _ call: (any Annotating, [String]) throws -> String
  ) throws(Diagnostic) -> PipeValue {
    guard let annotator = context.annotator else {
      throw Diagnostic(
        code: "eval.annotations-unavailable", .annotationsUnavailable, span: nil,
        help: nil, notes: [])
    }
    guard let column = input.table.index(of: "id") else {
      throw Diagnostic(
        code: "eval.no-id-column", .noIDColumn, span: nil,
        help: "annotate before 'select' or 'group' drops the id column",
        notes: ["columns: \(input.table.columnNames.joined(separator: ", "))"])
    }
    let ids = input.table.rows.compactMap { row -> String? in
      guard column < row.count, row[column] != .null else { return nil }
      return row[column].displayText
    }
    let summary: String
    do {
      summary = try call(annotator, ids)
    } catch let d as Diagnostic {
      throw d
    } catch {
      throw Diagnostic(
        code: "eval.annotation-failed", .annotationFailed(error), span: nil, help: nil, notes: [])
    }
    if !summary.isEmpty { context.notes.append(summary) }
    return input
  }
}

extension Diagnostic.Message {
  static func badLabel(_ text: String) -> Self { "'\(text)' is not a tag label" }
}

extension Parser {
  /// Rule: `label := ("+" | "-") [a-z0-9][a-z0-9._-]*`; returns the sign and the label.
  mutating func signedLabel() throws(Diagnostic) -> (add: Bool, label: String) {
    let token = current
    let text = token.text
    switch token.kind {
    case .word, .number: break
    default: throw unexpectedError(expected: "+LABEL or -LABEL")
    }
    guard let sign = text.first, sign == "+" || sign == "-" else {
      throw error(
        code: "parse.bad-label", .badLabel(text), at: token,
        help: "write +\(text) to add the label or -\(text) to remove it")
    }
    let label = String(text.dropFirst())
    guard Self.isLabel(label) else {
      throw error(
        code: "parse.bad-label", .badLabel(label), at: token,
        help: "labels are lower-case letters, digits, '.', '_' and '-', as in +army-loyalty")
    }
    advance()
    return (sign == "+", label)
  }

  /// `[a-z0-9][a-z0-9._-]*`, checked byte by byte.
  static func isLabel(_ s: String) -> Bool {
    let bytes = Array(s.utf8)
    guard let first = bytes.first else { return false }
    func alnum(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || (b >= 48 && b <= 57) }
    return alnum(first)
      && bytes.dropFirst().allSatisfy { alnum($0) || $0 == 46 || $0 == 95 || $0 == 45 }
  }
}
