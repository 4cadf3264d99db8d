// swift-tools-version: 6.1
// mon's benchmarks, in a package of their own so that `swift test` and CI do
// not build them. Run: swift package --package-path Benchmarks benchmark
import PackageDescription

let package = Package(
    name: "MonBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "mon", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.0", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The C API itself, to measure the SQLite layer against.
        .systemLibrary(name: "CSQLiteRaw", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .executableTarget(
            name: "SQLiteLayer",
            dependencies: [
                "CSQLiteRaw",
                .product(name: "SQLite", package: "mon"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/SQLiteLayer",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
