import Diagnostics

/// Checks the user-typed parts of annotation commands before anything is written.
///
/// ```
/// try AnnotationValidation.label("army-loyalty")   // ok
/// try AnnotationValidation.label("Army")           // throws annotate.invalid-label
/// try AnnotationValidation.field("source_kind")    // .sourceKind
/// ```
public enum AnnotationValidation {
  /// Longest label accepted, in bytes.
  public static let maxLabelLength = 64

  /// Accepts `[a-z0-9][a-z0-9._-]*`, at most `maxLabelLength` bytes.
  public static func label(_ label: String) throws(Diagnostic) {
    let bytes = Array(label.utf8)
    guard let first = bytes.first, isLowerAlnum(first), bytes.count <= maxLabelLength,
      bytes.allSatisfy({ isLowerAlnum($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E })
    else {
      throw Diagnostic(
        code: "annotate.invalid-label", .invalidLabel(label),
        help: "labels use a-z, 0-9, '-', '_' and '.', start with a letter or digit")
    }
  }

  /// The override field named `name` (`level`, `source` or `source_kind`).
  public static func field(_ name: String) throws(Diagnostic) -> OverrideField {
    guard let field = OverrideField(rawValue: name) else {
      throw Diagnostic(
        code: "annotate.unknown-field", .unknownField(name),
        help: "fields: " + OverrideField.allCases.map(\.rawValue).joined(separator: ", "))
    }
    return field
  }

  /// A claim id: not empty, no whitespace.
  public static func claimID(_ id: String) throws(Diagnostic) {
    guard !id.isEmpty, !id.unicodeScalars.contains(where: \.properties.isWhitespace) else {
      throw Diagnostic(code: "annotate.invalid-claim", .invalidClaim(id))
    }
  }

  /// An override value: not blank; for `level`, one of `levelScale` when one is given.
  public static func value(
    _ value: String, for field: OverrideField, levelScale: [String]?
  ) throws(Diagnostic) {
    guard !value.allSatisfy(\.isWhitespace) else {
      throw Diagnostic(code: "annotate.empty-value", .emptyValue(field.rawValue))
    }
    if field == .level, let scale = levelScale, !scale.contains(value) {
      throw Diagnostic(
        code: "annotate.invalid-value", .invalidLevel(value),
        help: "levels: " + scale.joined(separator: ", "))
    }
  }

  private static func isLowerAlnum(_ b: UInt8) -> Bool {
    (0x61...0x7A).contains(b) || (0x30...0x39).contains(b)
  }
}

extension Diagnostic.Message {
  static func invalidLabel(_ l: String) -> Self { "invalid label '\(l)'" }
  static func unknownField(_ f: String) -> Self { "unknown field '\(f)'" }
  static func invalidClaim(_ c: String) -> Self { "invalid claim id '\(c)'" }
  static func emptyValue(_ f: String) -> Self { "empty value for '\(f)'" }
  static func invalidLevel(_ v: String) -> Self { "'\(v)' is not a level on the scale" }
}
