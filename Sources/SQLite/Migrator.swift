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
/// transaction together with its row in `schema_migrations`, and checks
/// foreign keys before each commit.
///
///     let migrator = DatabaseMigrator(migrations: [Migration(id: "0001_core", sql: "CREATE TABLE …")])
///     try migrator.migrate(db)
///
/// A database that records a migration this list does not hold was written by
/// a newer program: the migrator refuses it without writing a byte.
public struct DatabaseMigrator: Sendable {
    public let migrations: [Migration]

    public init(migrations: [Migration]) {
        self.migrations = migrations.sorted { $0.id < $1.id }
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

    /// Applies every migration not yet applied. Refuses a database with unknown migrations.
    public func migrate(_ db: Connection) throws {
        let unknown = try unknownMigrationIDs(in: db)
        guard unknown.isEmpty else {
            throw SQLiteError(code: SQLITE_ERROR,
                              message: "the database holds migrations this program does not know: \(unknown.joined(separator: ", "))")
        }
        let applied = Set(try appliedMigrationIDs(in: db))
        for migration in migrations where !applied.contains(migration.id) {
            try db.transaction {
                try db.executeScript("""
                    CREATE TABLE IF NOT EXISTS schema_migrations (
                        id TEXT PRIMARY KEY NOT NULL,
                        applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                    ) STRICT
                    """)
                try db.executeScript(migration.sql)
                if let violation = try db.row("PRAGMA foreign_key_check") {
                    throw SQLiteError(code: SQLiteError.constraintForeignKey,
                                      message: "migration \(migration.id) leaves a broken foreign key in table \(violation[0])")
                }
                try db.execute("INSERT INTO schema_migrations(id) VALUES (?)", [migration.id])
            }
        }
    }
}
