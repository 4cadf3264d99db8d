import CSQLite

/// One result row: the column names of its statement and the values read from them.
///
///     for row in try db.rows("SELECT code, title FROM goal") {
///         let code: String = try row.get("code")
///     }
public struct Row: Sendable {
    public let columnNames: [String]
    public let values: [DatabaseValue]

    public init(columnNames: [String], values: [DatabaseValue]) {
        self.columnNames = columnNames
        self.values = values
    }

    public var count: Int { values.count }

    public subscript(index: Int) -> DatabaseValue { values[index] }

    /// The value at `index` as `T`; throws when it cannot be one (a NULL for a non-optional type).
    public func get<T: DatabaseValueConvertible>(_ index: Int, as type: T.Type = T.self) throws -> T {
        guard values.indices.contains(index) else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no column \(index) in a row of \(values.count)")
        }
        return try convert(values[index], column: columnNames[index])
    }

    /// The value of the column `name` as `T`; throws when there is no such column or it cannot be one.
    public func get<T: DatabaseValueConvertible>(_ name: String, as type: T.Type = T.self) throws -> T {
        guard let index = columnNames.firstIndex(of: name) else {
            throw SQLiteError(code: SQLITE_RANGE, message: "no column named \(name)")
        }
        return try convert(values[index], column: name)
    }

    private func convert<T: DatabaseValueConvertible>(_ value: DatabaseValue, column: String) throws -> T {
        guard let converted = T(databaseValue: value) else {
            throw SQLiteError(code: SQLITE_MISMATCH, message: "column \(column) holds \(value), not \(T.self)")
        }
        return converted
    }
}
