// swift-tools-version: 6.2
import PackageDescription

/// CI builds the project's own targets with every warning as an error; a local build only warns.
let ownSettings: [SwiftSetting] = Context.environment["CI"] == nil ? [] : [.treatAllWarnings(as: .error)]

let package = Package(
    name: "mon",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "mon", targets: ["mon"]),
        .executable(name: "mon-web", targets: ["mon-web"]),
        // For the benchmarks in Benchmarks/, a package of their own.
        .library(name: "SQLite", targets: ["SQLite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        // SHA-256 for the history's seal chain.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // A plan's YAML file (`mon plan import`, `mon plan export`), read with line numbers for its errors.
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `mon-web`: the portfolio in a browser, and its logins.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        // Already under Hummingbird; named so that the web tests can hand the router a test channel.
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
    ],
    targets: [
        // The system's libsqlite3 (Debian: libsqlite3-dev), never a vendored copy.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "SQLite", dependencies: ["CSQLite"], swiftSettings: ownSettings),
        .target(
            name: "Portfolio",
            // ZIPFoundation packs the parts of an Excel workbook (`mon export --xlsx`).
            dependencies: ["SQLite", .product(name: "Crypto", package: "swift-crypto"), .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                           .product(name: "Yams", package: "Yams"),
                           // Web users' passwords, stored as bcrypt hashes (a small C library, no server code).
                           .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")],
            swiftSettings: ownSettings,
            plugins: ["EmbedMigrationsPlugin"]
        ),
        // What turns Portfolio's values into text, tables, CSV, JSON, the report and letters: shared by the
        // command line and the web server, so both print the same figures through the same layouts.
        .target(
            name: "Presentation",
            dependencies: [
                "Portfolio",
                // The report's HTML: a template that escapes every value it is given.
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: ownSettings
        ),
        .executableTarget(
            name: "mon",
            dependencies: [
                "Portfolio",
                "Presentation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: ownSettings
        ),
        // The web server's pages and routes, a library so that its tests can drive the router in-process.
        .target(
            name: "MonWeb",
            dependencies: [
                "Portfolio", "Presentation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: ownSettings
        ),
        // Its own executable so that `mon` does not link SwiftNIO: `mon serve` runs it.
        .executableTarget(name: "mon-web", dependencies: ["MonWeb", "Portfolio"], swiftSettings: ownSettings),
        // Turns Migrations/*.sql into Swift source, so an installed binary needs no resource bundle.
        .executableTarget(name: "EmbedMigrations", swiftSettings: ownSettings),
        .plugin(name: "EmbedMigrationsPlugin", capability: .buildTool(), dependencies: ["EmbedMigrations"]),
        .target(name: "TestSupport", path: "Tests/Support", swiftSettings: ownSettings),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite", "TestSupport"], swiftSettings: ownSettings),
        .testTarget(
            name: "PortfolioTests",
            dependencies: ["Portfolio", "SQLite", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
                           // To recompute the history's seal as docs/schema.md describes it.
                           .product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Fixtures"],
            swiftSettings: ownSettings
        ),
        // Depends on the executable so that `swift test` builds the binary it runs.
        .testTarget(name: "monTests", dependencies: [
            "mon", "SQLite", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: ownSettings),
        .testTarget(name: "PresentationTests", dependencies: ["Presentation", "Portfolio"], swiftSettings: ownSettings),
        .testTarget(name: "MonWebTests", dependencies: [
            // The `mon` binary too: the pages' figures are compared with its JSON.
            "MonWeb", "mon", "Portfolio", "Presentation", "TestSupport",
            // The router driven in-process, without HummingbirdTesting: that would build an HTTP client and
            // BoringSSL (over ten minutes on two cores) for tests that never open a socket.
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], swiftSettings: ownSettings),
    ],
    swiftLanguageModes: [.v6]
)
