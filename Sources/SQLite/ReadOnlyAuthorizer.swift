import CSQLite

/// SQLite's authorizer set to let a connection read and do nothing else: it
/// is asked about every table, function and pragma while a statement is
/// prepared, and denies whatever is not on its lists. It remembers the first
/// thing it denied, so that the caller can say why in words.
///
///     let reads = db.allowOnlyReads()
///     do { _ = try db.prepare("ATTACH 'other.sqlite' AS other") }
///     catch { print(reads.denial) } // Optional(.attach)
public final class ReadOnlyAuthorizer {
    /// What a statement asked for that a reading connection may not do.
    public enum Denial: Equatable, Sendable {
        /// ATTACH or DETACH: another file.
        case attach
        /// A function that reaches outside the database (files, extensions, tokenizers).
        case function(String)
        /// A pragma that sets something or is not known to only read.
        case pragma(String)
        /// A statement that writes, or that controls transactions.
        case write
    }

    /// Functions that read or write files, load code, or hand out pointers.
    static let deniedFunctions: Set<String> = [
        "load_extension", "fts3_tokenizer", "readfile", "writefile", "edit", "fts5",
    ]
    /// Pragmas that only report, run without an argument.
    static let readingPragmas: Set<String> = [
        "application_id", "user_version", "schema_version", "data_version", "page_count", "page_size",
        "freelist_count", "encoding", "journal_mode", "foreign_keys", "collation_list", "database_list",
        "function_list", "module_list", "pragma_list", "compile_options",
    ]
    /// Pragmas that only report, whose argument names what to report on (a table, an index, a limit).
    static let readingPragmasWithArgument: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check",
    ]

    /// The first thing denied since the authorizer was set, or nil.
    public private(set) var denial: Denial?

    init() {}

    /// SQLITE_OK or SQLITE_DENY for one action; `name` and `argument` are SQLite's third and fourth arguments.
    func decide(_ action: Int32, _ name: String?, _ argument: String?) -> Int32 {
        let refusal: Denial?
        switch action {
        case SQLITE_SELECT, SQLITE_READ, SQLITE_RECURSIVE:
            refusal = nil
        case SQLITE_UPDATE where ["sqlite_master", "sqlite_schema"].contains(name?.lowercased()):
            // Asked when a pragma's table-valued function (`pragma_table_info('goal')`)
            // is first used. A real write to the schema is still refused by the
            // read-only connection and defensive mode.
            refusal = nil
        case SQLITE_FUNCTION:
            let function = (argument ?? "").lowercased()
            refusal = Self.deniedFunctions.contains(function) ? .function(function) : nil
        case SQLITE_PRAGMA:
            let pragma = (name ?? "").lowercased()
            let reads = Self.readingPragmasWithArgument.contains(pragma)
                || (argument == nil && (Self.readingPragmas.contains(pragma) || Self.readingPragmasWithArgument.contains(pragma)))
            refusal = reads ? nil : .pragma(pragma)
        case SQLITE_ATTACH, SQLITE_DETACH:
            refusal = .attach
        default:
            refusal = .write
        }
        guard let refusal else { return SQLITE_OK }
        if denial == nil { denial = refusal }
        return SQLITE_DENY
    }
}

extension Connection {
    /// No text or blob longer than `bytes` is made on this connection: a query
    /// that would build one fails with `SQLiteError.tooBig` instead of taking memory.
    public func limitValueLength(to bytes: Int32) {
        sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, bytes)
    }

    /// From now on, statements prepared on this connection may only read: see `ReadOnlyAuthorizer`.
    /// The returned authorizer tells what it denied.
    @discardableResult
    public func allowOnlyReads() -> ReadOnlyAuthorizer {
        let authorizer = ReadOnlyAuthorizer()
        // The connection keeps the authorizer alive: SQLite holds only its address.
        self.authorizer = authorizer
        sqlite3_set_authorizer(handle, { context, action, third, fourth, _, _ in
            guard let context else { return SQLITE_DENY }
            let authorizer = Unmanaged<ReadOnlyAuthorizer>.fromOpaque(context).takeUnretainedValue()
            return authorizer.decide(action, third.map { String(cString: $0) }, fourth.map { String(cString: $0) })
        }, Unmanaged.passUnretained(authorizer).toOpaque())
        return authorizer
    }
}
