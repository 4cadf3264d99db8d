import Benchmark
import CSQLiteRaw
import Foundation
import SQLite

/// The SQLite layer against the raw C API: the same 200 000 rows of the same
/// file, every column read, by both. The layer may cost at most 20 % more.
let rows = 200_000
let query = "SELECT id, name, amount_ore, ratio, note FROM item ORDER BY id"

/// A file with `rows` rows of integers, text, reals and NULLs, made once.
let path: String = {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("mon-bench-rows.sqlite").path
    if FileManager.default.fileExists(atPath: path) { return path }
    let db = try! Connection(path: path)
    try! db.executeScript("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT, amount_ore INTEGER, ratio REAL, note TEXT)")
    try! db.transaction {
        let insert = try db.cachedStatement("INSERT INTO item VALUES (?, ?, ?, ?, ?)")
        for id in 1...rows {
            let note: String? = id % 3 == 0 ? nil : "Tilsagn til prosjekt \(id) – bolyst og grønt skifte"
            try insert.execute([id, "Bedrift \(id) AS", Int64(id) * 12_345, Double(id) / 7, note])
        }
    }
    return path
}()

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(10), maxIterations: 50)

    Benchmark("SQLite layer: 200 000 rows") { benchmark in
        let db = try Connection(path: path, mode: .readOnly)
        let statement = try db.cachedStatement(query)
        benchmark.startMeasurement()
        var total: Int64 = 0
        try statement.bind([])
        try statement.forEachRow { row in
            let amount: Int64 = try row.get(2)
            let name: String = try row.get(1)
            let note: String? = try row.get(4)
            total &+= amount &+ Int64(name.utf8.count) &+ Int64(note?.utf8.count ?? 0) &+ Int64(try row.get(3, as: Double.self))
        }
        benchmark.stopMeasurement()
        blackHole(total)
    }

    Benchmark("raw C API: 200 000 rows") { benchmark in
        var handle: OpaquePointer?
        sqlite3_open_v2(path, &handle, SQLITE_OPEN_READONLY, nil)
        var statement: OpaquePointer?
        sqlite3_prepare_v2(handle, query, -1, &statement, nil)
        benchmark.startMeasurement()
        var total: Int64 = 0
        while sqlite3_step(statement) == SQLITE_ROW {
            let amount = sqlite3_column_int64(statement, 2)
            let name = String(cString: sqlite3_column_text(statement, 1))
            let note = sqlite3_column_type(statement, 4) == SQLITE_NULL ? nil : String(cString: sqlite3_column_text(statement, 4))
            total &+= amount &+ Int64(name.utf8.count) &+ Int64(note?.utf8.count ?? 0) &+ Int64(sqlite3_column_double(statement, 3))
        }
        benchmark.stopMeasurement()
        sqlite3_finalize(statement)
        sqlite3_close(handle)
        blackHole(total)
    }
}
