import CSQLite

// SQLITE_TRANSIENT is a macro over a cast that Swift cannot import: tell SQLite
// to copy bound text and blobs, because Swift's buffers do not outlive the call.
let SQLITE_TRANSIENT = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

/// A prepared statement. Values are always bound, never interpolated into SQL.
///
///     let statement = try db.cachedStatement("SELECT title FROM goal WHERE code = ?")
///     let rows = try statement.rows(["2.5"])
///
/// A statement belongs to its connection and, like it, to one isolation domain.
public final class Statement {
    @usableFromInline let handle: OpaquePointer
    unowned let connection: Connection
    public let sql: String
    /// SQL that followed the first statement in the text this was prepared from.
    public let trailingSQL: String

    init(connection: Connection, sql: String) throws {
        var statement: OpaquePointer?
        var trailing = ""
        let code = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let result = sqlite3_prepare_v3(connection.handle, text, -1, 0, &statement, &tail)
            trailing = tail.map { String(cString: $0) } ?? ""
            return result
        }
        guard code == SQLITE_OK, let statement else {
            if code == SQLITE_OK {
                throw SQLiteError(code: SQLITE_MISUSE, message: "no SQL statement in the text", sql: sql)
            }
            throw connection.lastError(sql: sql)
        }
        self.handle = statement
        self.connection = connection
        self.sql = sql
        self.trailingSQL = trailing
    }

    deinit { sqlite3_finalize(handle) }

    /// True when the statement cannot write to the database (SQLite's own judgement).
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    public var columnNames: [String] {
        (0..<sqlite3_column_count(handle)).map { String(cString: sqlite3_column_name(handle, $0)) }
    }

    /// Binds positional values to `?` parameters, after clearing earlier bindings.
    public func bind(_ arguments: [any DatabaseValueConvertible]) throws {
        try reset()
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard arguments.count == expected else {
            throw SQLiteError(code: SQLITE_RANGE, message: "statement takes \(expected) arguments, got \(arguments.count)", sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            try bind(argument.databaseValue, at: Int32(offset + 1))
        }
    }

    /// Binds values to named parameters (`:name`, `@name` or `$name`), after clearing earlier bindings.
    public func bind(named arguments: [String: any DatabaseValueConvertible]) throws {
        try reset()
        var unused = Set(arguments.keys)
        for index in stride(from: 1, through: sqlite3_bind_parameter_count(handle), by: 1) {
            guard let cName = sqlite3_bind_parameter_name(handle, index) else {
                throw SQLiteError(code: SQLITE_RANGE, message: "parameter \(index) has no name", sql: sql)
            }
            let name = String(String(cString: cName).dropFirst())
            guard let value = arguments[name] else {
                throw SQLiteError(code: SQLITE_RANGE, message: "no value for parameter :\(name)", sql: sql)
            }
            unused.remove(name)
            try bind(value.databaseValue, at: index)
        }
        if let name = unused.sorted().first {
            throw SQLiteError(code: SQLITE_RANGE, message: "the statement has no parameter :\(name)", sql: sql)
        }
    }

    private func bind(_ value: DatabaseValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let integer):
            code = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            code = sqlite3_bind_double(handle, index, real)
        case .text(let text):
            var text = text
            code = text.withUTF8 { buffer in
                // An empty buffer may have no address; SQLite would read that as NULL.
                guard let base = buffer.baseAddress else {
                    return sqlite3_bind_text64(handle, index, "", 0, SQLITE_TRANSIENT, UInt8(SQLITE_UTF8))
                }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    sqlite3_bind_text64(handle, index, $0, UInt64(buffer.count), SQLITE_TRANSIENT, UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                guard let base = buffer.baseAddress else { return sqlite3_bind_zeroblob(handle, index, 0) }
                return sqlite3_bind_blob64(handle, index, base, UInt64(buffer.count), SQLITE_TRANSIENT)
            }
        }
        guard code == SQLITE_OK else { throw connection.lastError(sql: sql) }
    }

    /// Makes the statement ready to run again, with no values bound. Every run
    /// binds, and every bind resets: this is where a run is counted.
    func reset() throws {
        connection.statementsRun += 1
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Runs the statement to completion, ignoring any rows.
    public func execute(_ arguments: [any DatabaseValueConvertible] = []) throws {
        try bind(arguments)
        while try step() {}
    }

    /// Runs the statement and returns every row.
    public func rows(_ arguments: [any DatabaseValueConvertible] = []) throws -> [Row] {
        try bind(arguments)
        return try collectRows()
    }

    /// Runs the statement and returns its first row, or nil when it has none.
    public func firstRow(_ arguments: [any DatabaseValueConvertible] = []) throws -> Row? {
        try bind(arguments)
        defer { sqlite3_reset(handle) }
        guard try step() else { return nil }
        return StatementRow(statement: self, columnNames: columnNames).copy()
    }

    /// Returns every row for values bound beforehand with `bind`.
    public func collectRows() throws -> [Row] {
        var rows: [Row] = []
        try forEachRow { rows.append($0.copy()) }
        return rows
    }

    /// Calls `body` for each row of the already-bound statement, without
    /// collecting them. The row is read in place, column by column as asked
    /// for; it is valid only inside `body` (`copy()` keeps it).
    ///
    ///     try statement.forEachRow { row in total += try row.get("amount_ore", as: Int64.self) }
    public func forEachRow(_ body: (StatementRow) throws -> Void) throws {
        let row = StatementRow(statement: self, columnNames: columnNames)
        defer { sqlite3_reset(handle) }
        while try step() {
            row.columns.startRow()
            try body(row)
        }
    }

    /// Advances one row: true while there is a row to read.
    func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let error = connection.lastError(sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }
}

@available(*, unavailable, message: "a statement belongs to its connection's isolation domain")
extension Statement: Sendable {}
