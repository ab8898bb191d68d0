// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "Assay",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "assay", targets: ["assay"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    // Test only: an independent CSV reader for the export round trip.
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
  ],
  targets: [
    // MARK: - Core
    .target(name: "Diagnostics"),
    .target(name: "TableModel"),
    // The bundled data lives in top-level folders so users can read and copy it.
    .target(name: "BundledCorpus", path: "Corpus", resources: [.copy("documents")]),
    .target(name: "BundledLexicons", path: "Lexicons", resources: [.copy("data")]),
    .target(
      name: "CorpusLoading",
      dependencies: ["Diagnostics", "BundledCorpus", .product(name: "Yams", package: "Yams")]
    ),
    .target(name: "ClaimTagging", dependencies: ["Diagnostics", "BundledLexicons"]),
    .target(
      name: "ClaimTable",
      dependencies: [
        "CorpusLoading", "ClaimTagging", "BundledLexicons", "Diagnostics", "TableModel",
        "Annotations",
      ]
    ),
    .target(
      name: "PipeLang",
      dependencies: [
        "Diagnostics", "TableModel", "Export",
        .product(name: "OrderedCollections", package: "swift-collections"),
      ]
    ),
    .target(name: "Export", dependencies: ["TableModel", "Diagnostics"]),
    .target(name: "Analysis", dependencies: ["ClaimTable", "ClaimTagging", "CorpusLoading", "TableModel"]),
    // Hand annotations (tags, notes, overrides) in an embedded SQLite project file.
    .target(
      name: "Annotations",
      dependencies: ["Diagnostics", "TableModel", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    .executableTarget(name: "AnnotationStress", dependencies: ["Annotations"]),
    // PipeLang's `export` stage writes through Export.

    // MARK: - Shell
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"])]
    ),
    .target(name: "LineEditing", dependencies: ["CEditLine"]),
    .target(
      name: "Shell",
      dependencies: [
        "ClaimTable", "ClaimTagging", "PipeLang", "Export", "LineEditing", "Diagnostics",
        "Annotations", "Analysis", "TableModel",
      ]
    ),
    .executableTarget(
      name: "assay",
      dependencies: [
        "Shell", "ClaimTable", "ClaimTagging", "Export", "Annotations", "TableModel",
        "Diagnostics", "LineEditing", "PipeLang", "CorpusLoading",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "AssayBench",
      dependencies: [
        "CorpusLoading", "ClaimTagging", "ClaimTable", "PipeLang", "Diagnostics", "TableModel",
      ]),

    // MARK: - Tests
    .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
    .testTarget(name: "ExportTests", dependencies: ["Export"]),
    .testTarget(name: "AnnotationsTests", dependencies: ["Annotations"]),
    .testTarget(name: "CorpusLoadingTests", dependencies: ["CorpusLoading"]),
    .testTarget(name: "ClaimTaggingTests", dependencies: ["ClaimTagging"]),
    .testTarget(name: "ClaimTableTests", dependencies: ["ClaimTable"]),
    .testTarget(name: "PipeLangTests", dependencies: ["PipeLang"], resources: [.copy("Scripts")]),
    .testTarget(name: "LineEditingTests", dependencies: ["LineEditing"]),
    .testTarget(name: "ShellTests", dependencies: ["Shell"], resources: [.copy("Transcripts")]),
    .testTarget(name: "AnalysisTests", dependencies: ["Analysis"]),
    .testTarget(
      name: "AssayCLITests", dependencies: [.product(name: "CSV", package: "CSV.swift")]),
  ],
  swiftLanguageModes: [.v6]
)
