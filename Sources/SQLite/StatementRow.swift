import CSQLite

/// The row a statement stands on while it is stepped: each value is read
/// straight from SQLite when asked for, with no copy of the row made. Valid
/// only inside `Statement.forEachRow`'s closure; `copy()` keeps it as a `Row`.
public struct StatementRow {
    // Inlinable, with what it reads, so that a caller's `get` is specialised for its
    // type instead of looking generic metadata up for every value.
    @usableFromInline let statement: Statement
    public let columnNames: [String]
    /// Each name's first column, made once per run of the statement rather than searched for every value.
    @usableFromInline let columns: ColumnLookup

    init(statement: Statement, columnNames: [String]) {
        self.statement = statement
        self.columnNames = columnNames
        columns = ColumnLookup(columnNames)
    }

    public var count: Int { columnNames.count }

    /// One column of this row.
    @inlinable public func column(_ index: Int) -> StatementColumn {
        StatementColumn(handle: statement.handle, index: Int32(index))
    }

    /// The value at `index` as `T`; throws when it cannot be one (a NULL for a non-optional type).
    @inlinable public func get<T: DatabaseValueConvertible>(_ index: Int, as type: T.Type = T.self) throws -> T {
        guard columnNames.indices.contains(index) else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no column \(index) in a row of \(count)")
        }
        guard let value = T.decode(column(index)) else {
            throw SQLiteError(code: SQLITE_MISMATCH, message: "column \(columnNames[index]) holds \(column(index).value), not \(T.self)")
        }
        return value
    }

    /// The value of the column `name` as `T`; throws when there is no such column or it cannot be one.
    @inlinable public func get<T: DatabaseValueConvertible>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let index = columns.index(of: name) else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no column named \(name)")
        }
        return try get(index, as: type)
    }

    /// The row as a value that outlives the statement's next step.
    public func copy() -> Row {
        Row(columnNames: columnNames, values: (0..<count).map { column($0).value })
    }
}

/// One column of the row a statement stands on, read straight from SQLite.
public struct StatementColumn {
    @usableFromInline let handle: OpaquePointer
    @usableFromInline let index: Int32

    @usableFromInline init(handle: OpaquePointer, index: Int32) {
        self.handle = handle
        self.index = index
    }

    /// The storage class of the value: SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    @inlinable public var type: Int32 { sqlite3_column_type(handle, index) }
    @inlinable public var int64: Int64 { sqlite3_column_int64(handle, index) }
    @inlinable public var double: Double { sqlite3_column_double(handle, index) }

    /// The text, read by its byte count rather than up to the first NUL: text may contain one.
    @inlinable public var text: String {
        let bytes = Int(sqlite3_column_bytes(handle, index))
        guard let text = sqlite3_column_text(handle, index) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: text, count: bytes), as: UTF8.self)
    }

    /// The text's UTF-8 read in place, for a value made from it without a string between (a day read
    /// from its ISO bytes); nil when the value is not text. The bytes are valid only inside `body`.
    @inlinable public func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard type == SQLITE_TEXT, let text = sqlite3_column_text(handle, index) else { return nil }
        return body(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, index))))
    }

    public var value: DatabaseValue {
        switch type {
        case SQLITE_INTEGER: return .integer(int64)
        case SQLITE_FLOAT: return .real(double)
        case SQLITE_TEXT: return .text(text)
        case SQLITE_BLOB:
            let bytes = Int(sqlite3_column_bytes(handle, index))
            guard let blob = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: blob, count: bytes)))
        default: return .null
        }
    }
}
