import CSQLite

/// One SQLite value, as stored: the five storage classes.
public enum DatabaseValue: Equatable, Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    public var isNull: Bool { self == .null }

}

/// A Swift type that binds to a statement parameter and reads back from a column.
///
///     try db.execute("INSERT INTO fund(name) VALUES (?)", ["Kommunalt næringsfond"])
///     let name: String = try row.get("name")
public protocol DatabaseValueConvertible {
    var databaseValue: DatabaseValue { get }
    /// Nil when the stored value cannot be this type (a NULL, or text where a number is wanted).
    init?(databaseValue: DatabaseValue)
    /// The same, read straight from a statement's column without making a `DatabaseValue` first.
    static func decode(_ column: StatementColumn) -> Self?
}

extension DatabaseValueConvertible {
    @inlinable public static func decode(_ column: StatementColumn) -> Self? {
        Self(databaseValue: column.value)
    }
}

extension DatabaseValue: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { self }
    public init?(databaseValue: DatabaseValue) { self = databaseValue }
}

extension Int64: DatabaseValueConvertible {
    @inlinable public static func decode(_ column: StatementColumn) -> Int64? {
        column.type == SQLITE_INTEGER ? column.int64 : nil
    }

    public var databaseValue: DatabaseValue { .integer(self) }
    public init?(databaseValue: DatabaseValue) {
        guard case .integer(let value) = databaseValue else { return nil }
        self = value
    }
}

extension Int: DatabaseValueConvertible {
    @inlinable public static func decode(_ column: StatementColumn) -> Int? {
        column.type == SQLITE_INTEGER ? Int(column.int64) : nil
    }

    public var databaseValue: DatabaseValue { .integer(Int64(self)) }
    public init?(databaseValue: DatabaseValue) {
        guard let value = Int64(databaseValue: databaseValue) else { return nil }
        self = Int(value)
    }
}

extension Double: DatabaseValueConvertible {
    @inlinable public static func decode(_ column: StatementColumn) -> Double? {
        switch column.type {
        case SQLITE_FLOAT: return column.double
        case SQLITE_INTEGER: return Double(column.int64)
        default: return nil
        }
    }

    public var databaseValue: DatabaseValue { .real(self) }
    public init?(databaseValue: DatabaseValue) {
        switch databaseValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension Bool: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { .integer(self ? 1 : 0) }
    public init?(databaseValue: DatabaseValue) {
        guard let value = Int64(databaseValue: databaseValue) else { return nil }
        self = value != 0
    }
}

extension String: DatabaseValueConvertible {
    @inlinable public static func decode(_ column: StatementColumn) -> String? {
        column.type == SQLITE_TEXT ? column.text : nil
    }

    public var databaseValue: DatabaseValue { .text(self) }
    public init?(databaseValue: DatabaseValue) {
        guard case .text(let value) = databaseValue else { return nil }
        self = value
    }
}

extension Array: DatabaseValueConvertible where Element == UInt8 {
    public var databaseValue: DatabaseValue { .blob(self) }
    public init?(databaseValue: DatabaseValue) {
        guard case .blob(let value) = databaseValue else { return nil }
        self = value
    }
}

extension Optional: DatabaseValueConvertible where Wrapped: DatabaseValueConvertible {
    @inlinable public static func decode(_ column: StatementColumn) -> Wrapped?? {
        if column.type == SQLITE_NULL { return .some(nil) }
        return Wrapped.decode(column).map { .some($0) }
    }

    public var databaseValue: DatabaseValue { self?.databaseValue ?? .null }
    public init?(databaseValue: DatabaseValue) {
        if databaseValue == .null {
            self = .none
        } else if let value = Wrapped(databaseValue: databaseValue) {
            self = .some(value)
        } else {
            return nil
        }
    }
}
