import CSQLite

/// A connection to one SQLite database file.
///
///     let db = try Connection(path: "mon.sqlite")
///     try db.transaction {
///         try db.execute("INSERT INTO fund(name) VALUES (?)", ["Kommunalt næringsfond"])
///     }
///     let funds = try db.rows("SELECT id, name FROM fund")
///
/// Every connection is set up the same way: foreign keys on, extended result
/// codes, a 5 s busy timeout, double-quoted string literals refused, and
/// SQLite's defensive mode, so that no SQL can corrupt the file on purpose
/// (writing `sqlite_schema`, the page-level `sqlite_dbpage`, ...).
///
/// The C handle is not thread-safe and `OpaquePointer` is not `Sendable`: a
/// connection belongs to the one isolation domain that opened it, and the type
/// says so (it is explicitly not `Sendable`).
public final class Connection {
    public enum Mode: Sendable {
        /// Read and write; the file is created when missing.
        case readWriteCreate
        /// Read and write an existing file.
        case readWrite
        /// Reads only: every write fails with SQLITE_READONLY.
        case readOnly
        /// Reads a file nobody can change, without locks and without the `-shm`
        /// file a write-ahead log needs: for a read-only file in a read-only
        /// folder, where that file cannot be made. Safe only when no `-wal` file
        /// exists, for its pages would be ignored.
        case readOnlyImmutable
    }

    let handle: OpaquePointer
    public let path: String
    private var statementCache: [String: Statement] = [:]
    private var savepointDepth = 0
    /// Set by `allowOnlyReads`, kept here because SQLite holds only its address.
    var authorizer: ReadOnlyAuthorizer?
    /// How many statements this connection has run (each run of a cached statement
    /// counts): a test compares it at two sizes of a file to show that a piece of
    /// work runs a fixed number of queries, not one per row.
    ///
    ///     let before = db.statementsRun
    ///     _ = try db.rows("SELECT id FROM project")
    ///     db.statementsRun - before   // 1
    public internal(set) var statementsRun = 0

    /// How long a writer waits for another connection's lock before SQLITE_BUSY.
    static let busyTimeoutMilliseconds: Int32 = 5_000

    public init(path: String, mode: Mode = .readWriteCreate) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        var filename = path
        switch mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readOnlyImmutable:
            flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
            filename = Self.uri(path) + "?immutable=1"
        }
        var db: OpaquePointer?
        let code = sqlite3_open_v2(filename, &db, flags, nil)
        guard code == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            let extended = db.map { sqlite3_extended_errcode($0) } ?? code
            sqlite3_close_v2(db)
            throw SQLiteError(code: extended, message: message, path: path)
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
        sqlite3_busy_timeout(db, Self.busyTimeoutMilliseconds)
        try check(csqlite_db_config_int(db, SQLITE_DBCONFIG_DQS_DML, 0))
        try check(csqlite_db_config_int(db, SQLITE_DBCONFIG_DQS_DDL, 0))
        try check(csqlite_db_config_int(db, SQLITE_DBCONFIG_ENABLE_FKEY, 1))
        try check(csqlite_db_config_int(db, SQLITE_DBCONFIG_DEFENSIVE, 1))
        // A savepoint keeps the pages it changes in a sub-journal: in memory, not
        // a temporary file written page by page for every nested write.
        try executeScript("PRAGMA temp_store = MEMORY")
    }

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// A `file:` URI naming `path`, with every byte a URI would read as syntax escaped.
    private static func uri(_ path: String) -> String {
        let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-".utf8)
        var uri = "file:"
        for byte in path.utf8 {
            let hex = String(byte, radix: 16, uppercase: true)
            uri += plain.contains(byte) ? String(UnicodeScalar(byte)) : "%" + (byte < 16 ? "0" : "") + hex
        }
        return uri
    }

    /// True when the connection cannot write: opened read-only, or the file is write-protected.
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// Switches the database file to write-ahead logging (a persistent property of the file).
    public func enableWriteAheadLog() throws {
        let mode: String? = try scalar("PRAGMA journal_mode = WAL")
        guard mode?.lowercased() == "wal" else {
            throw SQLiteError(code: SQLITE_ERROR, message: "could not switch to WAL (journal mode is \(mode ?? "unknown"))")
        }
    }

    // MARK: Statements

    /// A prepared statement kept for reuse: the same SQL text gives the same statement.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] { return statement }
        let statement = try Statement(connection: self, sql: sql)
        statementCache[sql] = statement
        return statement
    }

    /// A statement prepared once, not cached (for SQL a user typed).
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(connection: self, sql: sql)
    }

    /// Runs one statement with positional arguments.
    public func execute(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws {
        try cachedStatement(sql).execute(arguments)
    }

    /// Runs a script of several statements that take no arguments (a migration).
    public func executeScript(_ sql: String) throws {
        var remaining = sql
        while !remaining.allSatisfy(\.isWhitespace) {
            let statement: Statement
            do {
                statement = try Statement(connection: self, sql: remaining)
            } catch let error as SQLiteError where error.code == SQLITE_MISUSE {
                return // only comments were left
            }
            try statement.execute()
            remaining = statement.trailingSQL
        }
    }

    /// Every row of a query.
    public func rows(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> [Row] {
        try cachedStatement(sql).rows(arguments)
    }

    /// Each row of a query made into a `T` as it is read, with no copy of the rows kept.
    ///
    ///     let names = try db.map("SELECT name FROM partner") { try $0.get(0, as: String.self) }
    public func map<T>(_ sql: String, _ arguments: [any DatabaseValueConvertible] = [],
                       _ transform: (StatementRow) throws -> T) throws -> [T] {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        var results: [T] = []
        try statement.forEachRow { results.append(try transform($0)) }
        return results
    }

    /// The first row of a query, or nil when it has none.
    public func row(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws -> Row? {
        try cachedStatement(sql).firstRow(arguments)
    }

    /// The first column of the first row, or nil when there is no row or it holds NULL.
    public func scalar<T: DatabaseValueConvertible>(_ sql: String, _ arguments: [any DatabaseValueConvertible] = [], as type: T.Type = T.self) throws -> T? {
        guard let row = try row(sql, arguments), row.count > 0 else { return nil }
        return try row.get(0, as: T?.self)
    }

    /// The rowid of the last row inserted on this connection.
    public var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// True outside any transaction.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    // MARK: Transactions

    /// Runs `body` in a transaction: `BEGIN IMMEDIATE` at the outermost level,
    /// a savepoint when nested. Whatever `body` throws undoes all it wrote.
    ///
    ///     try db.transaction {
    ///         try db.execute("UPDATE grant SET status = 'approved' WHERE id = ?", [id])
    ///         try db.execute("INSERT INTO payment(grant_id, amount) VALUES (?, ?)", [id, amount])
    ///     }
    @discardableResult
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        if isAutocommit {
            try execute("BEGIN IMMEDIATE")
            do {
                let result = try body()
                try execute("COMMIT")
                return result
            } catch {
                if !isAutocommit { try? execute("ROLLBACK") }
                throw error
            }
        }
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "mon_savepoint_\(savepointDepth)"
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }

    // MARK: Backup

    /// Copies the whole database, page by page and consistently, into `destination`
    /// (SQLite's online backup: other connections may go on writing).
    public func backup(to destination: Connection) throws {
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw destination.lastError(sql: nil)
        }
        let code = sqlite3_backup_step(backup, -1)
        sqlite3_backup_finish(backup)
        guard code == SQLITE_DONE else {
            throw SQLiteError(code: code, message: "backup failed: " + String(cString: sqlite3_errstr(code)))
        }
    }

    // MARK: Errors

    func lastError(sql: String?) -> SQLiteError {
        SQLiteError(code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)), sql: sql, path: path)
    }

    private func check(_ code: Int32) throws {
        guard code == SQLITE_OK else { throw lastError(sql: nil) }
    }
}

@available(*, unavailable, message: "a connection belongs to the isolation domain that opened it")
extension Connection: Sendable {}
