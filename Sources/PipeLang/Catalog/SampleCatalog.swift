import TableModel

/// A small catalog shaped like the real one, used by `help` examples, tests and demos.
public enum SampleCatalog {
  /// The confidence scale of the `level` column, lowest first.
  public static let levelScale = [
    "remote", "very-unlikely", "unlikely", "even", "likely", "very-likely", "almost-certain",
  ]

  /// Column names of the `claims` table, in order.
  public static let claimColumns = [
    "id", "doc", "version", "year", "date", "author", "paragraph", "sentence", "text", "level",
    "cues", "p_low", "p_high", "basis", "source", "source_kind", "entities", "topics", "tags",
    "note",
  ]

  /// The catalog: `claims` (8 rows), `docs` (3), `cues`, and empty `sources`, `entities`,
  /// `edits`, `furniture`.
  public static let catalog = InMemoryCatalog(
    tables: [
      ("claims", claims), ("docs", docs), ("cues", cues),
      ("sources", Table(columns: [Column("id"), Column("doc"), Column("kind")])),
      ("entities", Table(columns: [Column("name"), Column("kind"), Column("claims")])),
      ("edits", Table(columns: [Column("doc"), Column("kind"), Column("text")])),
      ("furniture", Table(columns: [Column("doc"), Column("kind"), Column("text")])),
    ],
    entityNames: ["Stalin", "Tukhachevsky", "Yezhov", "Beria", "Khrushchev"])

  static func level(_ name: String) -> Value {
    .ordinal(Ordinal(name: name, rank: levelScale.firstIndex(of: name)))
  }

  static func list(_ items: [String]) -> Value { .list(items.map { .string($0) }) }

  static func claim(
    _ id: String, _ doc: String, _ year: Int, _ text: String, _ levelName: String, _ cues: [String],
    _ p: (Double, Double)?, _ entities: [String], _ topics: [String]
  ) -> [Value] {
    let numbers = id.split(separator: "/").last?.split(separator: ".").compactMap { Int($0) } ?? []
    let paragraph = numbers.first ?? 1
    let sentence = numbers.last ?? 1
    return [
      .string(id), .string(doc), .string("a"), .int(year), .string("\(year)-01-01"),
      .string(doc.hasSuffix("cia") ? "CIA" : "Embassy"), .int(paragraph), .int(sentence),
      .string(text), level(levelName),
      list(cues), p.map { .double($0.0) } ?? .null, p.map { .double($0.1) } ?? .null,
      .string("report"), .string(doc), .string("official"), list(entities), list(topics),
      list([]), .null,
    ]
  }

  static let claims = Table(
    columns: claimColumns.map { $0 == "level" ? Column($0, scale: levelScale) : Column($0) },
    rows: [
      claim(
        "1937-embassy/a/1.1", "1937-embassy", 1937,
        "It is probable that the trials will continue through the spring.", "likely",
        ["probable"], (0.55, 0.8), [], ["trials"]),
      claim(
        "1937-embassy/a/1.2", "1937-embassy", 1937,
        "Stalin almost certainly directed the arrests himself.", "almost-certain",
        ["almost certainly"], (0.95, 0.99), ["Stalin"], ["arrests"]),
      claim(
        "1937-embassy/a/2.1", "1937-embassy", 1937,
        "The army purge may possibly weaken the command.", "possible", ["possibly"], nil,
        [], ["army"]),
      claim(
        "1953-cia/a/1.1", "1953-cia", 1953,
        "Beria is unlikely to hold power for long.", "unlikely", ["unlikely"], (0.2, 0.45),
        ["Beria"], ["succession"]),
      claim(
        "1953-cia/a/1.2", "1953-cia", 1953,
        "The purge of the security organs will very likely continue.",
        "very-likely", ["very likely"], (0.8, 0.95), [], ["purge", "security"]),
      claim(
        "1953-cia/a/2.1", "1953-cia", 1953, "Khrushchev attended the meeting.", "unmarked", [],
        nil, ["Khrushchev"], []),
      claim(
        "1957-cia/a/1.1", "1957-cia", 1957,
        "Tukhachevsky was probably innocent of the charges against him.", "likely",
        ["probably"], (0.55, 0.8), ["Tukhachevsky"], ["trials", "army"]),
      claim(
        "1957-cia/a/1.2", "1957-cia", 1957,
        "Yezhov's role in the purge remains uncertain.", "uncertain", ["uncertain"], nil,
        ["Yezhov"], ["purge"]),
    ])

  static let docs = Table(
    columns: [Column("id"), Column("year"), Column("author"), Column("title"), Column("claims")],
    rows: [
      [
        .string("1937-embassy"), .int(1937), .string("Embassy"), .string("Despatch on the trials"),
        .int(3),
      ],
      [.string("1953-cia"), .int(1953), .string("CIA"), .string("Succession estimate"), .int(3)],
      [.string("1957-cia"), .int(1957), .string("CIA"), .string("Review of the purges"), .int(2)],
    ])

  static let cues = Table(
    columns: [Column("cue"), Column("level", scale: levelScale), Column("doc"), Column("claim")],
    rows: [
      [
        .string("probable"), level("likely"), .string("1937-embassy"),
        .string("1937-embassy/a/1.1"),
      ],
      [
        .string("almost certainly"), level("almost-certain"), .string("1937-embassy"),
        .string("1937-embassy/a/1.2"),
      ],
      [.string("unlikely"), level("unlikely"), .string("1953-cia"), .string("1953-cia/a/1.1")],
      [
        .string("very likely"), level("very-likely"), .string("1953-cia"),
        .string("1953-cia/a/1.2"),
      ],
      [.string("probably"), level("likely"), .string("1957-cia"), .string("1957-cia/a/1.1")],
    ])
}
