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

/// Names asked for in the same order every row are found by their place; any other order still finds each.
@Suite struct AskedOrderTests {
    @Test func namesAskedInAnotherOrderOrOtherNamesAreStillFound() throws {
        let db = try Connection(path: ":memory:")
        let statement = try db.cachedStatement("SELECT value AS a, value * 10 AS b, value * 100 AS c FROM (SELECT 1 AS value UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4)")
        try statement.bind([])
        var read: [[Int64]] = []
        try statement.forEachRow { row in
            let value = try row.get("a", as: Int64.self)
            // The same order twice, then another, then fewer names, then one that is not there.
            switch value {
            case 1, 2: read.append([try row.get("a"), try row.get("b"), try row.get("c")])
            case 3: read.append([try row.get("c"), try row.get("a"), try row.get("b")])
            default:
                read.append([try row.get("b")])
                #expect(throws: SQLiteError.self) { try row.get("d", as: Int64.self) }
                read.append([try row.get("c")])
            }
        }
        #expect(read == [[1, 10, 100], [2, 20, 200], [300, 3, 30], [40], [400]])
    }
}
