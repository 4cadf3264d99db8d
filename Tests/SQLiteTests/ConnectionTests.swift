import CSQLite
import Foundation
import Testing
import SQLite
import TestSupport

@Suite struct ConnectionTests {
    let folder: String
    let db: Connection

    init() throws {
        folder = try makeTemporaryFolder()
        db = try Connection(path: folder + "/test.sqlite")
        try db.executeScript("""
            CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE) STRICT;
            CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id)) STRICT;
            """)
    }

    @Test func everyConnectionIsSetUpTheSameWay() throws {
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int64.self) == 1)
        #expect(try db.scalar("PRAGMA busy_timeout", as: Int64.self) == 5000)
        // Double-quoted strings are identifiers only: a misspelt column is an error, not a string.
        let error = try #require(throws: SQLiteError.self) { try db.rows("SELECT \"no_such_column\" FROM parent") }
        #expect(error.message.contains("no such column"))
    }

    @Test func defensiveModeKeepsSQLFromTheSchemaItself() throws {
        // Without defensive mode this pragma would let an UPDATE rewrite the schema and corrupt the file.
        try db.execute("PRAGMA writable_schema = ON")
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("UPDATE sqlite_schema SET sql = 'CREATE TABLE parent(x)' WHERE name = 'parent'")
        }
        #expect(error.message.contains("may not be modified"))
    }

    @Test func aReadOnlyAuthorizerLetsReadsThroughAndSaysWhatItDenied() throws {
        let reads = db.allowOnlyReads()
        _ = try db.prepare("SELECT name, length(name) FROM parent")
        _ = try db.prepare("PRAGMA table_info(parent)")
        #expect(reads.denial == nil)
        for (sql, denial) in [("ATTACH ':memory:' AS other", ReadOnlyAuthorizer.Denial.attach),
                              ("SELECT load_extension('x')", .function("load_extension")),
                              ("PRAGMA foreign_keys = OFF", .pragma("foreign_keys")),
                              ("DELETE FROM parent", .write)] {
            let authorizer = db.allowOnlyReads()
            #expect(throws: SQLiteError.self) { try db.prepare(sql) }
            #expect(authorizer.denial == denial)
        }
    }

    @Test func aProgressHandlerStopsARunningStatement() throws {
        var asked = 0
        let error = try #require(throws: SQLiteError.self) {
            try db.interruptible(when: { asked += 1; return asked > 3 }) {
                _ = try db.scalar("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n", as: Int64.self)
            }
        }
        #expect(error.code == SQLiteError.interrupted)
        #expect(asked == 4)
        // Once the body returns, the handler is gone: the next statement runs to its end.
        #expect(try db.scalar("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) SELECT count(*) FROM n", as: Int64.self) == 100_000)
    }

    @Test func aCollationOrdersTextByTheComparatorItIsGiven() throws {
        try db.executeScript("CREATE TEMP TABLE word (text TEXT); INSERT INTO word VALUES ('b'), ('C'), ('a'), ('ab'), ('');")
        // Shortest first, then case-insensitively: an order SQLite has no built-in collation for.
        try db.createCollation(name: "by_length") { ($0.count, $0.lowercased()) < ($1.count, $1.lowercased()) }
        #expect(try db.rows("SELECT text FROM word ORDER BY text COLLATE by_length").map { try $0.get(0, as: String.self) }
            == ["", "a", "b", "C", "ab"])
        // Neither before the other: equal, as SQL's = sees it.
        #expect(try db.scalar("SELECT 'x' = 'X' COLLATE by_length", as: Int64.self) == 1)
        #expect(try db.scalar("SELECT 'x' = 'y' COLLATE by_length", as: Int64.self) == 0)
        // Naming it again replaces it; the first one's order is released then, not leaked or used.
        try db.createCollation(name: "by_length") { $0 > $1 }
        #expect(try db.rows("SELECT text FROM word ORDER BY text COLLATE by_length").map { try $0.get(0, as: String.self) }
            == ["b", "ab", "a", "C", ""])
        #expect(throws: SQLiteError.self) { try db.rows("SELECT text FROM word ORDER BY text COLLATE no_such_order") }
    }

    @Test func writeAheadLogCanBeEnabled() throws {
        try db.enableWriteAheadLog()
        #expect(try db.scalar("PRAGMA journal_mode", as: String.self) == "wal")
    }

    @Test func uniqueFailureCarriesExtendedCode2067() throws {
        try db.execute("INSERT INTO parent(name) VALUES (?)", ["Alcoa Mosjøen"])
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO parent(name) VALUES (?)", ["Alcoa Mosjøen"])
        }
        #expect(error.code == 2067)
        #expect(error.code == SQLiteError.constraintUnique)
        #expect(error.primaryCode == SQLITE_CONSTRAINT)
        #expect(error.isConstraintViolation)
        #expect(error.sql == "INSERT INTO parent(name) VALUES (?)")
    }

    @Test func foreignKeyFailureCarriesExtendedCode787() throws {
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO child(parent_id) VALUES (?)", [99])
        }
        #expect(error.code == 787)
        #expect(error.code == SQLiteError.constraintForeignKey)
    }

    @Test func aFailingStatementRollsTheWholeTransactionBack() throws {
        #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.execute("INSERT INTO parent(name) VALUES (?)", ["first"])
                try db.execute("INSERT INTO parent(name) VALUES (?)", ["second"])
                try db.execute("INSERT INTO child(parent_id) VALUES (?)", [12345])
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM parent", as: Int64.self) == 0)
        #expect(db.isAutocommit)
    }

    @Test func aNestedTransactionIsASavepoint() throws {
        try db.transaction {
            try db.execute("INSERT INTO parent(name) VALUES (?)", ["kept"])
            try? db.transaction {
                try db.execute("INSERT INTO parent(name) VALUES (?)", ["undone"])
                try db.execute("INSERT INTO parent(name) VALUES (?)", ["kept"]) // UNIQUE fails
            }
        }
        #expect(try db.rows("SELECT name FROM parent").map { try $0.get(0, as: String.self) } == ["kept"])
    }

    @Test func aThrownSwiftErrorRollsBackToo() throws {
        struct Refusal: Error {}
        #expect(throws: Refusal.self) {
            try db.transaction {
                try db.execute("INSERT INTO parent(name) VALUES (?)", ["x"])
                throw Refusal()
            }
        }
        #expect(try db.scalar("SELECT count(*) FROM parent", as: Int64.self) == 0)
    }

    @Test func theTransactionStartsImmediate() throws {
        // An immediate transaction takes the write lock at BEGIN: a second writer must wait at once.
        let other = try Connection(path: folder + "/test.sqlite")
        try db.transaction {
            try db.execute("SELECT 1")
            #expect(throws: SQLiteError.self) { try other.executeScript("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE") }
        }
    }

    @Test func aCachedStatementIsReused() throws {
        let first = try db.cachedStatement("SELECT count(*) FROM parent WHERE name = ?")
        let second = try db.cachedStatement("SELECT count(*) FROM parent WHERE name = ?")
        #expect(first === second)
        try db.execute("INSERT INTO parent(name) VALUES (?)", ["a"])
        #expect(try first.rows(["a"]).first?[0] == .integer(1))
        #expect(try second.rows(["b"]).first?[0] == .integer(0))
        #expect(try db.prepare("SELECT 1") !== db.prepare("SELECT 1"))
    }

    @Test func aSecondConnectionWaitsOnTheBusyTimeoutInsteadOfFailing() throws {
        try db.enableWriteAheadLog()
        let path = folder + "/test.sqlite"
        let locked = DispatchSemaphore(value: 0)
        let holder = Thread {
            do {
                let writer = try Connection(path: path)
                try writer.transaction {
                    try writer.execute("INSERT INTO parent(name) VALUES (?)", ["first writer"])
                    locked.signal()
                    Thread.sleep(forTimeInterval: 0.5)
                }
            } catch {
                locked.signal()
            }
        }
        holder.start()
        locked.wait()
        // The other connection holds the write lock for 0.5 s; this one waits, then writes.
        try db.transaction {
            try db.execute("INSERT INTO parent(name) VALUES (?)", ["second writer"])
        }
        #expect(try db.rows("SELECT name FROM parent ORDER BY id").map { try $0.get(0, as: String.self) }
                == ["first writer", "second writer"])
    }

    @Test func aReadOnlyConnectionCannotWrite() throws {
        let reader = try Connection(path: folder + "/test.sqlite", mode: .readOnly)
        let error = try #require(throws: SQLiteError.self) { try reader.execute("INSERT INTO parent(name) VALUES ('x')") }
        #expect(error.primaryCode == SQLiteError.readOnly)
        #expect(try reader.prepare("DELETE FROM parent").isReadOnly == false)
        #expect(try reader.prepare("SELECT * FROM parent").isReadOnly)
    }

    @Test func openingAMissingFileWithoutCreateFails() throws {
        let error = try #require(throws: SQLiteError.self) { try Connection(path: folder + "/missing.sqlite", mode: .readWrite) }
        #expect(error.primaryCode == SQLiteError.cantOpen)
    }

    @Test func aScriptRunsEveryStatement() throws {
        try db.executeScript("""
            -- a comment first
            INSERT INTO parent(name) VALUES ('a'); INSERT INTO parent(name) VALUES ('b');
            -- and one last
            """)
        #expect(try db.scalar("SELECT count(*) FROM parent", as: Int64.self) == 2)
    }

    @Test func backupCopiesEveryRow() throws {
        try db.transaction {
            for index in 0..<500 { try db.execute("INSERT INTO parent(name) VALUES (?)", ["partner \(index)"]) }
        }
        let copy = try Connection(path: folder + "/copy.sqlite")
        try db.backup(to: copy)
        #expect(try copy.scalar("PRAGMA integrity_check", as: String.self) == "ok")
        #expect(try copy.rows("SELECT id, name FROM parent ORDER BY id").map(\.values)
                == db.rows("SELECT id, name FROM parent ORDER BY id").map(\.values))
    }
}
