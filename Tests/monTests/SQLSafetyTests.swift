import Foundation
import Testing
import TestSupport

/// `mon sql` reads and nothing else, streams its rows, and stops at its time
/// limit or on Ctrl-C with one line saying so.
@Suite struct SQLSafetyTests {
    /// Rows 1 to `count` from a recursive query: no table needed.
    static func counting(to count: Int?) -> String {
        "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n\(count.map { " WHERE x < \($0)" } ?? "")) SELECT x FROM n"
    }

    static let refused: [(sql: String, reason: String)] = [
        ("ATTACH '/tmp/other.sqlite' AS other", "mon sql reads this database only: ATTACH and DETACH are refused"),
        ("DETACH other", "mon sql reads this database only: ATTACH and DETACH are refused"),
        ("SELECT load_extension('/tmp/evil.so')", "mon sql does not run the function load_extension: it reaches outside the database"),
        ("SELECT fts3_tokenizer('simple')", "mon sql does not run the function fts3_tokenizer: it reaches outside the database"),
        ("PRAGMA journal_mode = DELETE", "mon sql only reads: pragma journal_mode is refused (only pragmas that report, without a value to set, are allowed)"),
        ("PRAGMA writable_schema = ON", "mon sql only reads: pragma writable_schema is refused (only pragmas that report, without a value to set, are allowed)"),
        ("PRAGMA user_version = 7", "mon sql only reads: pragma user_version is refused (only pragmas that report, without a value to set, are allowed)"),
        ("PRAGMA wal_checkpoint", "mon sql only reads: pragma wal_checkpoint is refused (only pragmas that report, without a value to set, are allowed)"),
        ("DELETE FROM goal", "mon sql only reads: this statement would change the database"),
        ("CREATE TEMP TABLE t(x)", "mon sql only reads: this statement would change the database"),
        ("BEGIN", "mon sql only reads: this statement would change the database"),
        ("SELECT 1; DELETE FROM goal", "mon sql runs one statement at a time"),
    ]

    @Test(arguments: refused)
    func refusesAllButReading(sql: String, reason: String) throws {
        let db = try Fixture.copy()
        let before = try fileBytes(db)
        let run = try mon(["sql", sql, "--db", db])
        expectRefused(run, reason)
        #expect(run.stderr == "error: \(reason)\n")
        #expect(try fileBytes(db) == before)
    }

    @Test(arguments: ["PRAGMA table_info(goal)", "PRAGMA application_id", "PRAGMA foreign_key_check", "SELECT * FROM pragma_index_list('grant')"])
    func pragmasThatReportAreAllowed(sql: String) throws {
        let run = try mon(["sql", sql, "--db", Fixture.copy()])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func aQueryThatNeverEndsStopsAtItsTimeout() throws {
        let db = try Fixture.copy()
        let run = try mon(["sql", "SELECT count(*) FROM (\(Self.counting(to: nil)))", "--timeout", "1", "--db", db])
        #expect(run.status == 1)
        #expect(run.stderr == "error: the query was stopped at its time limit of 1 s; give it longer with --timeout\n")
        #expect(run.stdout.isEmpty)
    }

    @Test(arguments: ["0", "-5", "86401"])
    func aTimeoutOutsideItsBoundsIsAUsageError(timeout: String) throws {
        let run = try mon(["sql", "SELECT 1", "--timeout=\(timeout)", "--db", Fixture.copy()])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--timeout takes 1 to 86 400 seconds, not \(timeout)"), "\(run.stderr)")
    }

    @Test func ctrlCStopsAQueryWhoseRowsAreAlreadyStreaming() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: monBinary)
        process.arguments = ["sql", Self.counting(to: nil), "--db", try Fixture.copy()]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Rows arrive while the query still runs: the handler is in place by then.
        #expect(!output.fileHandleForReading.availableData.isEmpty)
        process.interrupt()
        _ = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(stderr == "error: the query was interrupted (Ctrl-C)\n")
    }

    @Test(arguments: ["json", "csv", "markdown", "table"])
    func aResultOfManyBatchesIsOneWholeResult(format: String) throws {
        let run = try mon(["sql", Self.counting(to: 2_500), "--format", format, "--db", Fixture.copy()])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        switch format {
        case "json":
            let rows = try #require(try run.json() as? [[String: Int]])
            #expect(rows.map { $0["x"] } == (1...2_500).map { $0 })
        case "csv":
            #expect(run.stdout == "x\r\n" + (1...2_500).map { "\($0)\r\n" }.joined())
        case "markdown":
            #expect(lines.prefix(2) == ["| x |", "| ---: |"])
            #expect(Array(lines.dropFirst(2).dropLast()) == (1...2_500).map { "| \($0) |" })
        default:
            #expect(lines.prefix(2) == ["x", "----"])
            #expect(Array(lines.dropFirst(2).dropLast()) == (1...2_500).map { "\($0)" })
        }
    }
}
