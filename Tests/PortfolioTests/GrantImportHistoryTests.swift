import Testing
@testable import Portfolio

/// The import writes its rows with their row triggers out of the way: what those
/// triggers guarantee must hold all the same, and the triggers must be back as they were.
@Suite struct GrantImportHistoryTests {
    /// Every trigger of the file, by name, with its SQL.
    static func triggers(_ db: PortfolioDatabase) throws -> [String] {
        try db.connection.rows("SELECT name || ': ' || sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").map { try $0.get(0) }
    }

    @Test func everyImportedRowHasOneSealedHistoryRowAndTheTriggersAreAsTheMigrationsMadeThem() throws {
        let db = try GrantImportAgreementTests.database()
        // A change from outside mon waits unsealed; the import's rows are sealed after it.
        try db.connection.execute("INSERT INTO partner (name) VALUES ('Utenfra AS')")
        let triggers = try Self.triggers(db)
        // Each story a grant can have once (GrantImportAgreementTests.row), and one of each twice.
        let rows = (14_440..<14_448).map { GrantImportAgreementTests.row($0, line: 0) } + (14_440..<14_448).map { GrantImportAgreementTests.row($0, line: 0) }
        #expect(try db.importCSV(.grants, from: try GrantImportAgreementTests.write(rows)).rows == 16)

        let verification = try HistoryRepository(db).verify()
        #expect(verification.firstBreak == nil && verification.unsealed == 0)
        // One insert row per grant, decision and payment, naming the importer; nothing else.
        let recorded = try db.connection.rows("""
            SELECT table_name, count(*) FROM history
            WHERE actor = 'test' AND table_name IN ('grant', 'grant_decision', 'payment') GROUP BY table_name ORDER BY table_name
            """).map { "\(try $0.get(0, as: String.self)) \(try $0.get(1, as: Int64.self))" }
        let counts = try ["grant", "grant_decision", "payment"].map { table in
            "\(table) \(try db.connection.scalar("SELECT count(*) FROM \(table)", as: Int64.self) ?? 0)"
        }
        #expect(recorded == counts)
        #expect(try db.connection.scalar("SELECT count(*) FROM history WHERE actor = 'test' AND action <> 'insert'", as: Int64.self) == 0)
        #expect(try Self.triggers(db) == triggers)
        // Doctor: the schema as migrated, every row as its history last recorded it, the ledger recomputed from nothing.
        let failed = try db.healthChecks().filter { !$0.passed }.map { "\($0.name): \($0.detail)" }
        #expect(failed.isEmpty, "\(failed)")
    }
}
