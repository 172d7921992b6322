// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ContextMap",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ContextMap", targets: ["ContextMap"]),
        .library(name: "ContextMapGraphviz", targets: ["ContextMapGraphviz"]),
        .library(name: "ContextMapStore", targets: ["ContextMapStore"]),
        .library(name: "ContextMapPack", targets: ["ContextMapPack"]),
        .library(name: "ContextMapServe", targets: ["ContextMapServe"]),
        .executable(name: "contextmap", targets: ["contextmap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // A byte-level RFC 4180 reader over memory-mapped files; no knowledge of the domain.
        .target(name: "ContextMapCSV"),
        // The engine: model, import and validation, analytics, views and output formats.
        .target(name: "ContextMap", dependencies: [
            "ContextMapCSV",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The Graphviz C library, from the system (Debian's libgraphviz-dev, Homebrew's graphviz).
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // Draws maps in-process through Graphviz, one call at a time.
        .target(name: "ContextMapGraphviz", dependencies: ["CGraphviz"]),
        // The embedded case store: SQLite through GRDB, with history and an audit trail.
        .target(name: "ContextMapStore", dependencies: [
            "ContextMap",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // The conference pack: one young person's figures as a self-contained HTML page.
        .target(name: "ContextMapPack", dependencies: ["ContextMap"]),
        // The web view for conferences and partners: signed-in roles, every page audited.
        .target(name: "ContextMapServe", dependencies: [
            "ContextMap",
            "ContextMapCSV",
            "ContextMapGraphviz",
            "ContextMapStore",
            "ContextMapPack",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // The command-line tool: parses arguments and calls the engine.
        .executableTarget(
            name: "contextmap",
            dependencies: [
                "ContextMap",
                "ContextMapGraphviz",
                "ContextMapStore",
                "ContextMapPack",
                "ContextMapServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Test support only: one scratch folder per test process, removed at exit.
        .target(name: "TestScratch", path: "Tests/TestScratch"),
        .testTarget(name: "ContextMapCSVTests", dependencies: ["TestScratch", "ContextMapCSV"]),
        .testTarget(name: "ContextMapTests", dependencies: ["TestScratch", "ContextMap"]),
        .testTarget(name: "ContextMapGraphvizTests", dependencies: ["TestScratch", "ContextMapGraphviz", "ContextMap"]),
        .testTarget(name: "ContextMapPackTests", dependencies: ["TestScratch", "ContextMapPack", "ContextMap"]),
        .testTarget(name: "ContextMapStoreTests", dependencies: ["TestScratch", "ContextMapStore", "ContextMap", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ContextMapServeTests", dependencies: [
            "TestScratch", "ContextMapServe", "ContextMapStore", "ContextMap",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "ContextMapCLITests", dependencies: ["TestScratch", "contextmap", .product(name: "GRDB", package: "GRDB.swift")]),
    ],
    swiftLanguageModes: [.v6]
)
