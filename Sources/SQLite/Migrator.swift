import CSQLite

/// One schema change, named by its file (`0001_core.sql` has id `0001_core`).
public struct Migration: Sendable, Equatable {
    public let id: String
    public let sql: String

    public init(id: String, sql: String) {
        self.id = id
        self.sql = sql
    }
}

/// Applies migrations in the order of their ids, each in its own immediate
/// transaction together with its row in `schema_migrations`.
///
///     let migrator = DatabaseMigrator(migrations: [Migration(id: "0001_core", sql: "CREATE TABLE …")])
///     try migrator.migrate(db)
///
/// A migration runs with foreign keys off and `PRAGMA foreign_key_check` runs
/// before its commit (SQLite's procedure for changing a table, as GRDB does it):
/// so a migration may rebuild a table others reference — create the new one,
/// copy, drop the old, rename — without the children's rows being refused or
/// cascaded away, and is rolled back if it leaves any key broken.
///
/// A database that records a migration this list does not hold was written by
/// a newer program: the migrator refuses it without writing a byte.
public struct DatabaseMigrator: Sendable {
    public let migrations: [Migration]
    /// Runs inside each migration's transaction, after its SQL and before the
    /// foreign key check: what a program derives from the schema (triggers made
    /// from its tables) is then committed together with the change it follows.
    let afterEach: @Sendable (Connection, Migration) throws -> Void

    public init(migrations: [Migration],
                afterEach: @escaping @Sendable (Connection, Migration) throws -> Void = { _, _ in }) {
        self.migrations = migrations.sorted { $0.id < $1.id }
        self.afterEach = afterEach
    }

    /// Ids recorded in `schema_migrations`, in order; empty for a database never migrated.
    public func appliedMigrationIDs(in db: Connection) throws -> [String] {
        let hasTable: Int64? = try db.scalar(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
        guard hasTable == 1 else { return [] }
        return try db.rows("SELECT id FROM schema_migrations ORDER BY id").map { try $0.get(0) }
    }

    /// Applied ids that this migrator does not know: non-empty means a newer program wrote the file.
    public func unknownMigrationIDs(in db: Connection) throws -> [String] {
        let known = Set(migrations.map(\.id))
        return try appliedMigrationIDs(in: db).filter { !known.contains($0) }
    }

    /// True when every known migration is applied.
    public func isUpToDate(_ db: Connection) throws -> Bool {
        Set(try appliedMigrationIDs(in: db)).isSuperset(of: migrations.map(\.id))
    }

    /// Applies every migration not yet applied. Refuses a database with unknown
    /// migrations, and a call inside a transaction (where foreign keys cannot be switched off).
    public func migrate(_ db: Connection) throws {
        guard db.isAutocommit else {
            throw SQLiteError(code: SQLITE_MISUSE, message: "migrations run outside any transaction: each opens its own")
        }
        let unknown = try unknownMigrationIDs(in: db)
        guard unknown.isEmpty else {
            throw SQLiteError(code: SQLITE_ERROR,
                              message: "the database holds migrations this program does not know: \(unknown.joined(separator: ", "))")
        }
        let applied = Set(try appliedMigrationIDs(in: db))
        for migration in migrations where !applied.contains(migration.id) {
            try withForeignKeysOff(db) {
                try db.transaction { try apply(migration, to: db) }
            }
        }
    }

    private func apply(_ migration: Migration, to db: Connection) throws {
        try db.executeScript("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                id TEXT PRIMARY KEY NOT NULL,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            ) STRICT
            """)
        try db.executeScript(migration.sql)
        try afterEach(db, migration)
        if let violation = try db.row("PRAGMA foreign_key_check") {
            throw SQLiteError(code: SQLiteError.constraintForeignKey,
                              message: "migration \(migration.id) leaves a broken foreign key in table \(violation[0])")
        }
        try db.execute("INSERT INTO schema_migrations(id) VALUES (?)", [migration.id])
    }

    /// `PRAGMA foreign_keys` does nothing inside a transaction: it is switched off
    /// before BEGIN and on again after COMMIT or ROLLBACK. `legacy_alter_table`,
    /// which a migration that rebuilds a table switches on for its rename, is
    /// switched off again whatever happened, so that no later statement inherits it.
    private func withForeignKeysOff(_ db: Connection, _ body: () throws -> Void) throws {
        try db.execute("PRAGMA foreign_keys = OFF")
        let outcome = Result { try body() }
        try db.execute("PRAGMA legacy_alter_table = OFF")
        try db.execute("PRAGMA foreign_keys = ON")
        try outcome.get()
    }
}
