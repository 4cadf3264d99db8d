import Foundation
import Testing
@testable import Portfolio
import SQLite
import TestSupport

/// A later migration may rebuild a table other tables reference: nothing that
/// refers to it, and nothing in the history, is lost.
@Suite struct TableRebuildTests {
    static let rebuildPartner = Migration(id: "9001_partner_note", sql: """
        CREATE TABLE partner_new (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (trim(name) <> ''),
            orgnr TEXT UNIQUE,
            kind TEXT NOT NULL DEFAULT 'company',
            municipality TEXT,
            group_id INTEGER REFERENCES partner_group(id),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
            note TEXT
        ) STRICT;
        INSERT INTO partner_new (id, name, orgnr, kind, municipality, group_id, created_at)
            SELECT id, name, orgnr, kind, municipality, group_id, created_at FROM partner;
        DROP TABLE partner;
        -- grant_decision_is_final names partner (a merge may move a grant's recipient): as in 0006,
        -- the rename must not check it while, for that moment, partner does not exist.
        PRAGMA legacy_alter_table = ON;
        ALTER TABLE partner_new RENAME TO partner;
        PRAGMA legacy_alter_table = OFF;
        CREATE INDEX partner_by_group ON partner (group_id);
        """)

    static let counted = ["partner", "grant", "payment", "project_partner", "deminimis_declaration", "history"]

    func counts(_ connection: Connection) throws -> [String: Int64] {
        Dictionary(uniqueKeysWithValues: try Self.counted.map { ($0, try connection.scalar("SELECT count(*) FROM \($0)") ?? 0) })
    }

    @Test func rebuildingPartnerKeepsEveryChildRowAndEveryHistoryRow() throws {
        let path = try makeTemporaryFolder() + "/rebuild.sqlite"
        let db = try PortfolioDatabase.create(path: path, actor: "kari")
        try DemoPortfolio.load(into: db)
        try db.write {
            try db.connection.execute("""
                INSERT INTO deminimis_declaration(partner_id, giver, granted_on, amount_ore, eur_rate)
                VALUES (1, 'Innovasjon Norge', '2023-05-01', 50000000, 11.2)
                """)
        }
        let connection = try Connection(path: path)
        let before = try counts(connection)
        let history = try connection.rows("SELECT * FROM history ORDER BY id").map(\.values)
        #expect(before["grant"]! > 5 && before["project_partner"]! > 0 && before["deminimis_declaration"]! > 0)

        try DatabaseMigrator(migrations: PortfolioDatabase.migrator.migrations + [Self.rebuildPartner],
                             afterEach: PortfolioDatabase.afterMigration).migrate(connection)

        #expect(try counts(connection) == before)
        #expect(try connection.rows("SELECT * FROM history ORDER BY id").map(\.values) == history)
        #expect(try connection.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(try HistoryTriggers.areCurrent(in: connection))
        #expect(try HistoryChain.verify(connection).firstBreak == nil)
        // The rebuilt table's history triggers know its new column.
        try connection.execute("UPDATE partner SET note = 'Eier av Mosjøen Industripark' WHERE id = 1")
        let values = try #require(try connection.scalar("SELECT new_values FROM history ORDER BY id DESC LIMIT 1", as: String.self))
        #expect(values.hasSuffix(#""note":"Eier av Mosjøen Industripark"}"#))
    }
}

/// What the grant table states itself since migration 0006.
extension SchemaRuleTests {
    func insertGrant(status: String, approvedOn: String?, releasedOn: String?) throws {
        try db.execute("INSERT OR IGNORE INTO partner(id, name) VALUES (1, 'Helgeland Industri AS')")
        try db.execute("""
            INSERT INTO grant(fund_id, applicant_id, amount_applied_ore, total_cost_ore, received_on, status,
                              approved_on, amount_approved_ore, eur_rate, released_on)
            VALUES (1, 1, 100000, 200000, '2024-01-02', ?, ?, CASE WHEN ?2 IS NULL THEN NULL ELSE 100000 END, 11.5, ?)
            """, [status, approvedOn, releasedOn])
    }

    @Test func anApplicationIsDeMinimisUnlessSaidOtherwise() throws {
        try db.execute("INSERT INTO partner(id, name) VALUES (1, 'Helgeland Industri AS')")
        try db.execute("INSERT INTO grant(fund_id, applicant_id, amount_applied_ore, total_cost_ore, received_on) VALUES (1, 1, 100, 200, '2024-01-02')")
        #expect(try db.scalar("SELECT basis FROM grant", as: String.self) == AidBasis.deMinimis.rawValue)
    }

    @Test(arguments: [
        ("applied", nil, nil), ("rejected", nil, nil), ("withdrawn", nil, nil), ("approved", "2024-01-10", nil),
        ("paid", "2024-01-10", nil), ("withdrawn", "2024-01-10", "2024-02-01"), ("lapsed", "2024-01-10", "2026-01-10"),
        ("closed", "2024-01-10", "2024-06-01"), ("repaid", "2024-01-10", "2024-06-01"),
    ] as [(String, String?, String?)])
    func theRestIsReleasedExactlyWhenTheStatusSaysSo(status: String, approvedOn: String?, releasedOn: String?) throws {
        try insertGrant(status: status, approvedOn: approvedOn, releasedOn: releasedOn)
    }

    @Test(arguments: [
        ("approved", "2024-01-10", "2024-02-01"), ("paid", "2024-01-10", "2024-02-01"), ("applied", nil, "2024-02-01"),
        ("withdrawn", nil, "2024-02-01"), ("lapsed", "2024-01-10", nil), ("closed", "2024-01-10", nil),
        ("repaid", "2024-01-10", nil), ("withdrawn", "2024-01-10", nil), ("lapsed", "2024-01-10", "2024-01-09"),
    ] as [(String, String?, String?)])
    func aReleaseThatDoesNotGoWithTheStatusIsRefused(status: String, approvedOn: String?, releasedOn: String?) throws {
        let error = try #require(throws: SQLiteError.self) { try insertGrant(status: status, approvedOn: approvedOn, releasedOn: releasedOn) }
        #expect(error.code == SQLiteError.constraintCheck)
    }
}
