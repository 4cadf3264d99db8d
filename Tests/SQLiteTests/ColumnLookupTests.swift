import Testing
@testable import SQLite

/// A row read by column name finds the first column of that name, whatever the number of columns.
@Suite struct ColumnLookupTests {
    @Test func eachNameIsFoundAtItsFirstColumnAndNoOtherNameIsFound() {
        let names = (0..<70).map { "column_\($0 % 50)" } + ["id", "", "æøå", "id"]
        let lookup = ColumnLookup(names)
        for (position, name) in names.enumerated() {
            #expect(lookup.index(of: name) == names.firstIndex(of: name), "\(name) at \(position)")
        }
        #expect(lookup.index(of: "id") == 70)
        #expect(lookup.index(of: "column_50") == nil && lookup.index(of: "ID") == nil && lookup.index(of: "æ") == nil)
        #expect(ColumnLookup([]).index(of: "id") == nil)
    }

    @Test func aStatementRowIsReadByNameAsByPosition() throws {
        let db = try Connection(path: ":memory:")
        var total: Int64 = 0
        let statement = try db.cachedStatement("SELECT 1 AS a, 2 AS b, 30 AS a, 'x' AS c")
        try statement.bind([])
        try statement.forEachRow { row in
            total = try row.get("a", as: Int64.self) * 100 + row.get("b", as: Int64.self)
            #expect(try row.get("c", as: String.self) == "x")
            #expect(throws: SQLiteError.self) { try row.get("d", as: Int64.self) }
        }
        #expect(total == 102)
    }
}
