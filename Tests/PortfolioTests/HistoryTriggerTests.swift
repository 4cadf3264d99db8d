import Foundation
import Testing
@testable import Portfolio
import SQLite
import TestSupport

/// The history triggers are made from the schema, not written per table.
@Suite struct HistoryTriggerTests {
    let path: String
    let db: PortfolioDatabase

    init() throws {
        path = try makeTemporaryFolder() + "/triggers.sqlite"
        db = try PortfolioDatabase.create(path: path, actor: "kari")
    }

    func triggerNames(_ connection: Connection) throws -> Set<String> {
        Set(try HistoryTriggers.present(in: connection).keys)
    }

    @Test func everyTableOfTheDataHasItsThreeTriggersAndNoOtherTableHasAny() throws {
        let tables = try db.connection.rows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .map { try $0.get(0, as: String.self) }
        let data = tables.filter { !HistoryTriggers.bookkeepingTables.contains($0) }
        #expect(HistoryTriggers.bookkeepingTables == ["history", "schema_migrations", "current_actor", "ledger_grant", "ledger_fund_day",
                                                      "ledger_fund_total"])
        #expect(data.count >= 20)
        #expect(try triggerNames(db.connection) == Set(data.flatMap { table in
            ["insert", "update", "delete"].map { "\(table)_history_\($0)" }
        }))
        #expect(try HistoryTriggers.areCurrent(in: db.connection))
    }

    @Test func rowIDsFollowTheOwnerOfALinkRow() throws {
        let owners = Dictionary(uniqueKeysWithValues: try HistoryTriggers.dataTables(in: db.connection).map { ($0.name, $0.rowIDColumn) })
        #expect(owners["plan"] == "\"id\"")
        #expect(owners["grant"] == "\"id\"")
        #expect(owners["project_goal"] == "\"project_id\"")
        #expect(owners["project_strategy"] == "\"project_id\"")
        #expect(owners["project_partner"] == "\"project_id\"")
        #expect(owners["payment"] == "\"grant_id\"")
        #expect(owners["model_weight"] == "\"model_id\"")
        #expect(owners["model_multiplier"] == "\"model_id\"")
        #expect(owners["parameter"] == "rowid")
    }

    @Test func aPaymentAndAParameterAreRecordedUnderTheirOwnersId() throws {
        try db.write {
            try db.connection.execute("INSERT INTO partner(name) VALUES ('Helgeland Industri AS')")
            try db.connection.execute("""
                INSERT INTO grant(id, fund_id, applicant_id, amount_applied_ore, total_cost_ore, received_on, status, approved_on, amount_approved_ore, basis)
                VALUES (7, 1, 1, 100000, 200000, '2024-01-02', 'approved', '2024-01-10', 100000, 'not-aid')
                """)
            try db.connection.execute("INSERT INTO payment(grant_id, paid_on, amount_ore) VALUES (7, '2024-02-01', 50000)")
            try db.connection.execute("INSERT INTO parameter(key, valid_from, value, set_by) VALUES ('persons_per_job', '2025-01-01', '1.6', 'kari')")
        }
        let payment = try #require(try HistoryRepository(db).entries(table: "payment").last)
        #expect(payment.rowID == 7)
        #expect(payment.newValues == #"{"id":1,"grant_id":7,"paid_on":"2024-02-01","kind":"payment","amount_ore":50000,"is_final":0,"request_id":null}"#)
        let parameter = try #require(try HistoryRepository(db).entries(table: "parameter").last)
        let rowid: Int64? = try db.connection.scalar("SELECT rowid FROM parameter WHERE valid_from = '2025-01-01'")
        #expect(parameter.rowID == rowid)
        #expect(parameter.actor == "kari")
    }

    @Test func anUpdateThatChangesNothingLeavesNoRow() throws {
        let before: Int64? = try db.connection.scalar("SELECT count(*) FROM history")
        try db.write { try db.connection.execute("UPDATE fund SET name = name") }
        #expect(try db.connection.scalar("SELECT count(*) FROM history") == before)
    }

    @Test func aDroppedHistoryTriggerIsMadeAgainWhenMonOpensTheFileToWrite() throws {
        try db.connection.execute("DROP TRIGGER partner_history_insert")
        _ = try PortfolioDatabase.openReadOnly(path: path)
        #expect(try !triggerNames(db.connection).contains("partner_history_insert"))
        _ = try PortfolioDatabase.open(path: path, actor: "kari")
        #expect(try triggerNames(db.connection).contains("partner_history_insert"))
        #expect(try HistoryTriggers.areCurrent(in: db.connection))
    }

    @Test func aColumnALaterMigrationAddsIsRecordedWithoutATriggerWritten() throws {
        let connection = try Connection(path: try makeTemporaryFolder() + "/later.sqlite")
        let later = Migration(id: "9001_fund_note", sql: "ALTER TABLE fund ADD COLUMN note TEXT;")
        try DatabaseMigrator(migrations: PortfolioDatabase.migrator.migrations + [later],
                             afterEach: PortfolioDatabase.afterMigration).migrate(connection)
        try connection.execute("UPDATE fund SET note = 'Vedtatt 2024' WHERE id = 1")
        let values = try #require(try connection.scalar("SELECT new_values FROM history ORDER BY id DESC LIMIT 1", as: String.self))
        #expect(values.hasSuffix(#""note":"Vedtatt 2024"}"#))
    }
}
