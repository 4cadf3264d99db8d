import ArgumentParser
import Foundation
import Portfolio

/// `-o FILE` and `--force`: where a document a command makes goes — a file, or standard output.
/// The file is never the database or one of its files, replaces an existing file
/// only with `--force`, and appears whole or not at all.
struct OutputFile: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?
    @Flag(help: "Replace the -o file when it exists.") var force = false

    /// Writes `text` to the file, or to standard output without `-o`.
    ///
    ///     try file.write(csv, sparing: global.databasePath())
    func write(_ text: String, sparing database: String?) throws {
        guard let output else {
            print(text, terminator: "")
            return
        }
        try OutputTarget(output, database: database, replacing: force).write(text)
    }
}
