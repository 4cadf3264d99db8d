import ArgumentParser
import Foundation
import Portfolio

/// `-o FILE` and `--force`: where a document a command makes goes — a file, or standard output.
/// The file is never the database or one of its files, replaces an existing file
/// only with `--force`, and appears whole or not at all.
struct OutputFile: ParsableArguments {
    @Option(name: .shortAndLong, help: Help.argument("help.output.file")) var output: String?
    @Flag(help: Help.argument("help.output.force")) var force = false

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

    /// Writes `bytes` — a binary document, a workbook — to the `-o` file, making
    /// them only then. Binary output would garble a terminal: without `-o` this is
    /// a usage error that says `withoutFile`.
    ///
    ///     try file.write(try db.exportWorkbook(name, language: .current).bytes(),
    ///                    sparing: global.databasePath(), withoutFile: Message("export.xlsx_needs_output"))
    func write(_ bytes: @autoclosure () throws -> [UInt8], sparing database: String?, withoutFile: Message) throws {
        guard let output else { throw ValidationError(withoutFile.description) }
        let target = try OutputTarget(output, database: database, replacing: force)
        try target.write(try bytes())
    }
}
