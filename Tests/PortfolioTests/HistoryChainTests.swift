import Crypto
import Foundation
import Testing
@testable import Portfolio
import SQLite
import TestSupport

/// The seal chain over the history, as an older file meets this mon.
@Suite struct HistoryChainTests {
    let path: String

    init() throws {
        path = try makeTemporaryFolder() + "/older.sqlite"
        // A file as the mon before the seal left it: migrated up to 0004, with a history.
        let connection = try Connection(path: path)
        try DatabaseMigrator(migrations: Array(PortfolioDatabase.migrator.migrations.prefix(4))).migrate(connection)
        try connection.execute("INSERT INTO partner(name) VALUES ('Helgeland Industri AS')")
    }

    @Test func readingAnOlderFileBringsItUpToDateAndSealsItsHistoryAsAnUpgradeDoes() throws {
        let before = try fileBytes(path)
        let read = try HistoryRepository(PortfolioDatabase.openReadOnly(path: path))
        let result = try read.verify()
        #expect(result.rows == 7 && result.unsealed == 0 && result.firstBreak == nil)
        #expect(try read.chainHead() == result.head)
        #expect(try fileBytes(path) != before)
    }

    @Test func upgradingSealsTheWholeHistoryAsItWas() throws {
        let db = try PortfolioDatabase.open(path: path, actor: "kari")
        let history = HistoryRepository(db)
        let result = try history.verify()
        // The two rows it had, the two parameters migration 0008 adds on the way up, and the register
        // threshold migration 0010 corrects and adds, and the holdback default of migration 0017.
        #expect(result.rows == 7 && result.unsealed == 0 && result.firstBreak == nil)
        #expect(result.head?.rows == 7)
        #expect(try history.entries().map(\.actor)
            == ["mon migration 0004_fund", "outside mon", "mon migration 0008_eur_rate_bounds", "mon migration 0008_eur_rate_bounds",
                "mon migration 0010_register_and_rates", "mon migration 0010_register_and_rates",
                "mon migration 0017_conditions_and_requests"])
        #expect(try history.chainHead() == result.head)
    }

    @Test func theSealIsTheDocumentedHashOfThePreviousSealAndTheRowsContent() throws {
        let db = try PortfolioDatabase.open(path: path, actor: "kari")
        let rows = try db.connection.rows("SELECT id, at, actor, table_name, row_id, action, old_values, new_values, hash FROM history ORDER BY id")
        var previous: [UInt8] = []
        for row in rows {
            var bytes = previous
            for value in row.values.prefix(8) {
                let text: String
                switch value {
                case .integer(let number): text = String(number)
                case .text(let string): text = string
                default: bytes.append(0); continue
                }
                bytes.append(1)
                bytes += withUnsafeBytes(of: UInt64(text.utf8.count).bigEndian, Array.init)
                bytes += Array(text.utf8)
            }
            previous = Array(SHA256.hash(data: bytes))
            #expect(try row.get(8, as: [UInt8].self) == previous)
        }
        #expect(rows.count == 7)
    }
}
