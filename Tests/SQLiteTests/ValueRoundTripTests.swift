import Foundation
import Testing
import SQLite
import TestSupport

@Suite struct ValueRoundTripTests {
    let db: Connection

    init() throws {
        db = try Connection(path: try makeTemporaryFolder() + "/values.sqlite")
        try db.execute("CREATE TABLE value (id INTEGER PRIMARY KEY, v ANY) STRICT")
    }

    func roundTrip(_ value: DatabaseValue) throws -> DatabaseValue {
        try db.execute("DELETE FROM value")
        try db.execute("INSERT INTO value(id, v) VALUES (1, ?)", [value])
        return try #require(try db.row("SELECT v FROM value WHERE id = 1"))[0]
    }

    @Test func nullStaysNull() throws {
        #expect(try roundTrip(.null) == .null)
        #expect(try db.scalar("SELECT typeof(v) FROM value", as: String.self) == "null")
    }

    @Test func integersAtTheirLimits() throws {
        #expect(try roundTrip(.integer(Int64.min)) == .integer(Int64.min))
        #expect(try roundTrip(.integer(Int64.max)) == .integer(Int64.max))
        #expect(try roundTrip(.integer(0)) == .integer(0))
    }

    @Test func doubles() throws {
        #expect(try roundTrip(.real(0.1 + 0.2)) == .real(0.1 + 0.2))
        #expect(try roundTrip(.real(-1.5e300)) == .real(-1.5e300))
    }

    @Test func unicodeText() throws {
        let text = "Ærlig & \"Ødegård\" <AS> på Sjøgata — 🐟 Vefsna"
        #expect(try roundTrip(.text(text)) == .text(text))
    }

    @Test func textWithAnEmbeddedNulByte() throws {
        let text = "før\u{0}etter"
        #expect(try roundTrip(.text(text)) == .text(text))
        #expect(try db.scalar("SELECT length(CAST(v AS BLOB)) FROM value", as: Int64.self) == Int64(text.utf8.count))
    }

    @Test func emptyTextIsNotNull() throws {
        #expect(try roundTrip(.text("")) == .text(""))
        #expect(try db.scalar("SELECT typeof(v) FROM value", as: String.self) == "text")
    }

    @Test func bytesIncludingZeros() throws {
        let bytes: [UInt8] = [0, 1, 0, 255, 0]
        #expect(try roundTrip(.blob(bytes)) == .blob(bytes))
        #expect(try roundTrip(.blob([])) == .blob([]))
    }

    @Test func swiftTypesBindAndRead() throws {
        try db.execute("CREATE TABLE typed (i INTEGER, d REAL, s TEXT, b BLOB, n INTEGER, flag INTEGER) STRICT")
        let missing: String? = nil
        try db.execute("INSERT INTO typed VALUES (?, ?, ?, ?, ?, ?)", [42, 2.5, "å", [UInt8]([7]), missing, true])
        let row = try #require(try db.row("SELECT * FROM typed"))
        #expect(try row.get("i", as: Int.self) == 42)
        #expect(try row.get("d", as: Double.self) == 2.5)
        #expect(try row.get("s", as: String.self) == "å")
        #expect(try row.get("b", as: [UInt8].self) == [7])
        #expect(try row.get("n", as: Int?.self) == nil)
        #expect(try row.get("flag", as: Bool.self) == true)
    }

    @Test func readingNullAsANonOptionalTypeThrows() throws {
        try db.execute("INSERT INTO value(id, v) VALUES (1, NULL)")
        let row = try #require(try db.row("SELECT v FROM value"))
        #expect(throws: SQLiteError.self) { try row.get("v", as: Int64.self) }
        #expect(throws: SQLiteError.self) { try row.get("no_such_column", as: Int64?.self) }
    }

    @Test func namedParameters() throws {
        let statement = try db.prepare("SELECT :a + :b")
        try statement.bind(named: ["a": 2, "b": 3])
        #expect(try statement.collectRows().first?[0] == .integer(5))
        #expect(throws: SQLiteError.self) { try statement.bind(named: ["a": 2]) }
        #expect(throws: SQLiteError.self) { try statement.bind(named: ["a": 2, "b": 3, "c": 4]) }
    }

    @Test func aWrongNumberOfArgumentsIsRefused() throws {
        let error = try #require(throws: SQLiteError.self) { try db.execute("INSERT INTO value(id, v) VALUES (?, ?)", [1]) }
        #expect(error.message.contains("takes 2 arguments, got 1"))
    }
}
