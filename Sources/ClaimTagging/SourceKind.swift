/// Who stands behind a claim: the writer, or the kind of source the content is attributed to.
public enum SourceKind: String, Sendable, CaseIterable, Codable {
  /// The writer, including an institutional "we".
  case author
  /// Pravda, CPSU documents and resolutions, Communist sources, Soviet press and radio.
  case sovietOfficial = "soviet-official"
  /// New York Times, Manchester Guardian, Flora Lewis, the Danish press.
  case westernPress = "western-press"
  /// Other governments' services and embassies.
  case diplomaticIntelligence = "diplomatic-intelligence"
  /// Usually reliable sources, foreign observers, Soviet citizens, a qualified observer.
  case informant
  /// "Reportedly", "it has been pointed out", "some believe".
  case unnamed
  /// A modern editor's footnote (set by the corpus layer, never by a cue).
  case editor
}
