import Foundation
import Testing
import Portfolio
import SQLite
import TestSupport

/// What SQLite says, as mon says it: the rule in words with its table and
/// column, mon's own trigger text, the file's path; never SQLite's wording or SQL.
@Suite struct StorageMessageTests {
    let path: String
    let db: PortfolioDatabase

    init() throws {
        path = try makeTemporaryFolder() + "/messages.sqlite"
        db = try PortfolioDatabase.create(path: path, actor: "test")
    }

    func refusal(_ sql: String) throws -> PortfolioError {
        try #require(throws: PortfolioError.self) { try db.write { try db.connection.execute(sql) } }
    }

    @Test func aConstraintNamesItsTableAndColumnInWords() throws {
        #expect(try refusal("INSERT INTO fund(name) VALUES ('Kommunalt næringsfond')")
                == .refused("another fund already has this name"))
        #expect(try refusal("INSERT INTO fund(name) VALUES (NULL)") == .refused("a fund needs its name"))
        #expect(try refusal("INSERT INTO fund(name) VALUES ('   ')") == .refused("the fund's name is outside what the database allows"))
        #expect(try refusal("INSERT INTO allocation(fund_id, year, amount_ore) VALUES (1, 2024, -5)")
                == .refused("the allocation's amount is outside what the database allows"))
        #expect(try refusal("INSERT INTO allocation(fund_id, year, amount_ore) VALUES (99, 2024, 5)")
                == .refused("it refers to something that does not exist, or removes something that others still refer to"))
    }

    @Test func aTriggersOwnSentenceIsKeptWithoutSQLitesPrefix() throws {
        #expect(try refusal("UPDATE history SET actor = 'x'") == .refused("history is append-only: its rows cannot be changed"))
    }

    @Test func aFullDiskIsSaidSoAndNothingIsWritten() throws {
        // SQLite's own ceiling on the file's pages stands in for a full disk: the same SQLITE_FULL.
        let pages = try #require(try db.connection.scalar("PRAGMA page_count", as: Int64.self))
        _ = try db.connection.scalar("PRAGMA max_page_count = \(pages)", as: Int64.self)
        let error = try #require(throws: PortfolioError.self) {
            try db.write {
                for index in 1...2_000 {
                    try db.connection.execute("INSERT INTO fund(name, description) VALUES (?, ?)",
                                              ["Fond \(index)", String(repeating: "x", count: 500)])
                }
            }
        }
        #expect(error == .storage(.full, "the disk holding \(path) is full; nothing was written"))
        #expect(try db.connection.scalar("SELECT count(*) FROM fund", as: Int64.self) == 1)
    }

    @Test func aReadThatFailsNamesTheFileNotTheDatabase() throws {
        let failure = SQLiteError(code: SQLiteError.corrupt, message: "database disk image is malformed", path: path)
        #expect(PortfolioError.explaining(failure) == .storage(.corrupt, "\(path) is damaged; run `mon doctor` and restore from a backup"))
    }
}
