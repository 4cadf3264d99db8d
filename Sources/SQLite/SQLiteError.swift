import CSQLite

/// The one error the SQLite layer throws: SQLite's extended result code,
/// its message, the SQL that failed (when there was one) and the file of the
/// connection it failed on, so that a layer above can name the file.
///
///     do { try db.execute("INSERT INTO t(id) VALUES (1)") }
///     catch let error as SQLiteError where error.code == SQLiteError.constraintUnique { … }
public struct SQLiteError: Error, Equatable, CustomStringConvertible {
    /// The extended result code (`SQLITE_CONSTRAINT_UNIQUE` is 2067, not 19).
    public let code: Int32
    public let message: String
    public let sql: String?
    /// The database file the failing connection had open.
    public let path: String?

    public init(code: Int32, message: String, sql: String? = nil, path: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
        self.path = path
    }

    /// The primary result code: the low byte of the extended code.
    public var primaryCode: Int32 { code & 0xFF }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " — while executing `\(sql)`" }
        return text
    }

    // Extended codes the layers above ask about by name.
    public static let constraintUnique: Int32 = 2067     // SQLITE_CONSTRAINT_UNIQUE
    public static let constraintPrimaryKey: Int32 = 1555 // SQLITE_CONSTRAINT_PRIMARYKEY
    public static let constraintNotNull: Int32 = 1299    // SQLITE_CONSTRAINT_NOTNULL
    public static let constraintTrigger: Int32 = 1811    // SQLITE_CONSTRAINT_TRIGGER
    public static let constraintForeignKey: Int32 = 787  // SQLITE_CONSTRAINT_FOREIGNKEY
    public static let constraintCheck: Int32 = 275       // SQLITE_CONSTRAINT_CHECK
    public static let notADatabase: Int32 = SQLITE_NOTADB
    public static let readOnly: Int32 = SQLITE_READONLY
    public static let busy: Int32 = SQLITE_BUSY
    public static let locked: Int32 = SQLITE_LOCKED
    public static let full: Int32 = SQLITE_FULL
    public static let corrupt: Int32 = SQLITE_CORRUPT
    public static let constraint: Int32 = SQLITE_CONSTRAINT
    public static let cantOpen: Int32 = SQLITE_CANTOPEN
    public static let interrupted: Int32 = SQLITE_INTERRUPT
    public static let tooBig: Int32 = SQLITE_TOOBIG
    public static let mismatch: Int32 = SQLITE_MISMATCH
    public static let ioError: Int32 = SQLITE_IOERR
    public static let readOnlyDirectory: Int32 = 1544 // SQLITE_READONLY_DIRECTORY

    /// True for every kind of constraint failure (primary code SQLITE_CONSTRAINT).
    public var isConstraintViolation: Bool { primaryCode == SQLITE_CONSTRAINT }
}
