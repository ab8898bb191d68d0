import Diagnostics
import Testing

@testable import Annotations

struct LabelCase: Sendable, CustomTestStringConvertible {
  var label: String
  var valid: Bool
  var testDescription: String { "'\(label)' valid=\(valid)" }
}

@Test(arguments: [
  LabelCase(label: "army-loyalty", valid: true),
  LabelCase(label: "a", valid: true),
  LabelCase(label: "9th_army.v2", valid: true),
  LabelCase(label: "Army", valid: false),
  LabelCase(label: "-army", valid: false),
  LabelCase(label: "_army", valid: false),
  LabelCase(label: "", valid: false),
  LabelCase(label: "army loyalty", valid: false),
  LabelCase(label: "armée", valid: false),
  LabelCase(label: String(repeating: "a", count: 64), valid: true),
  LabelCase(label: String(repeating: "a", count: 65), valid: false),
])
func labelValidation(_ c: LabelCase) {
  do throws(Diagnostic) {
    try AnnotationValidation.label(c.label)
    #expect(c.valid)
  } catch {
    #expect(!c.valid)
    #expect(error.code == "annotate.invalid-label")
  }
}

@Test(arguments: [
  ("level", OverrideField.level), ("source", .source), ("source_kind", .sourceKind),
])
func knownFields(_ name: String, _ field: OverrideField) throws {
  #expect(try AnnotationValidation.field(name) == field)
}

@Test(arguments: ["Level", "sourcekind", "", "confidence"])
func unknownFields(_ name: String) {
  #expect(throws: Diagnostic.self) { try AnnotationValidation.field(name) }
  do throws(Diagnostic) {
    _ = try AnnotationValidation.field(name)
  } catch {
    #expect(error.code == "annotate.unknown-field")
    #expect(error.help == "fields: level, source, source_kind")
  }
}

@Test(arguments: [
  ("likely", nil as String?), ("", "annotate.empty-value"), ("   ", "annotate.empty-value"),
  ("probable", "annotate.invalid-value"),
])
func levelValues(_ value: String, _ code: String?) {
  do throws(Diagnostic) {
    try AnnotationValidation.value(value, for: .level, levelScale: ["unlikely", "likely"])
    #expect(code == nil)
  } catch {
    #expect(error.code == code)
  }
}

@Test(arguments: [("1957-cia/b/4.2", true), ("", false), ("a b", false), ("a\tb", false)])
func claimIDs(_ id: String, _ valid: Bool) {
  do throws(Diagnostic) {
    try AnnotationValidation.claimID(id)
    #expect(valid)
  } catch {
    #expect(!valid)
    #expect(error.code == "annotate.invalid-claim")
  }
}
