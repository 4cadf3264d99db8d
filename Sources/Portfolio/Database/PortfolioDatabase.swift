import Foundation
import SQLite

/// The one SQLite file that holds a portfolio: opened, checked and migrated.
///
///     let db = try PortfolioDatabase.open(path: "mon.sqlite", actor: "kari")
///     try db.write { try db.connection.execute("INSERT INTO fund(name) VALUES (?)", ["Covid-fond"]) }
///
/// Only `create` makes a file. Opening refuses, without changing a byte: a
/// missing file, a directory or a device, a file that is not a SQLite
/// database, a SQLite database that is not mon's (another application's
/// `application_id`, or tables without `schema_migrations`), and a database
/// written by a newer mon (one holding a migration this binary does not know).
public final class PortfolioDatabase {
    public let connection: Connection
    public let path: String
    /// Who is writing: recorded in every history row this connection causes.
    public let actor: String

    static let migrator = DatabaseMigrator(migrations: embeddedMigrations, afterEach: afterMigration)

    /// After each migration, in its transaction: the history triggers made from
    /// the schema as it now is, and every history row sealed.
    static func afterMigration(_ connection: Connection, _ migration: Migration) throws {
        if migration.id >= HistoryTriggers.firstGeneratedMigration { try HistoryTriggers.update(connection) }
        if migration.id >= HistoryChain.firstMigration { try HistoryChain.seal(connection) }
    }

    /// Every way of opening ends here, so every connection can sort names the
    /// Norwegian way: `ORDER BY name COLLATE norwegian`, in mon's queries and in `mon sql`.
    private init(connection: Connection, path: String, actor: String) throws {
        try connection.createCollation(name: "norwegian") { Collation.norwegian($0, $1) }
        self.connection = connection
        self.path = path
        self.actor = actor
    }

    /// Opens an existing database for reading and writing, and brings it up to
    /// this mon's schema. A file this process cannot write opens for reading:
    /// its writes are then refused as read-only.
    public static func open(path: String, actor: String) throws -> PortfolioDatabase {
        try openWritable(path: path, actor: actor, creating: false)
    }

    /// Creates the database when `path` names nothing yet, marks it as mon's
    /// and brings it up to this mon's schema: `mon init` and `mon demo --db`.
    ///
    ///     let db = try PortfolioDatabase.create(path: "mon.sqlite", actor: "kari")
    public static func create(path: String, actor: String) throws -> PortfolioDatabase {
        try openWritable(path: path, actor: actor, creating: true)
    }

    private static func openWritable(path: String, actor: String, creating: Bool) throws -> PortfolioDatabase {
        try checkLocation(path, creating: creating)
        let connection = try connect(path, readOnly: false, creating: creating)
        try translatingStorageErrors(path: path) {
            try checkIsMons(connection, path: path, creating: creating)
            try stampApplicationID(connection)
            if try !migrator.isUpToDate(connection) {
                try connection.enableWriteAheadLog()
                try migrator.migrate(connection)
            } else if try !HistoryTriggers.areCurrent(in: connection) {
                // Made by another mon's generator, or changed by hand: made again as this mon makes them.
                try connection.transaction { try HistoryTriggers.update(connection) }
            }
        }
        return try PortfolioDatabase(connection: connection, path: path, actor: actor)
    }

    /// A database in memory, migrated: for `mon demo`, gone when it closes.
    public static func inMemory(actor: String) throws -> PortfolioDatabase {
        let connection = try Connection(path: ":memory:")
        try migrator.migrate(connection)
        return try PortfolioDatabase(connection: connection, path: ":memory:", actor: actor)
    }

    /// Opens an existing database so that nothing can be written through it,
    /// even a read-only file in a read-only folder. A file made by an older mon
    /// is first brought up to this mon's schema, as any other command would,
    /// since the queries read what the newer migrations made; one this process
    /// cannot write is refused with the command that would bring it up to date.
    ///
    /// With `checkpointingOnClose`, a file this process can write is opened for
    /// writing with every write refused (`query_only`), so that when the last
    /// connection to it closes SQLite folds the write-ahead log into the file
    /// and removes the `-wal` and `-shm` files, as it does after any mon command:
    /// a reader that stays open (the web server) would otherwise leave them
    /// behind, and a backup moved over the file would be read with them.
    public static func openReadOnly(path: String, checkpointingOnClose: Bool = false) throws -> PortfolioDatabase {
        try checkLocation(path, creating: false)
        // In a folder it cannot write, SQLite could remove no -wal anyway: read as any reader does.
        let readOnly = !checkpointingOnClose || access(folder(of: path), W_OK) != 0
        var connection = try connect(path, readOnly: readOnly, creating: false)
        try translatingStorageErrors(path: path) {
            try checkIsMons(connection, path: path, creating: false)
            guard try !migrator.isUpToDate(connection) else { return }
            guard access(path, W_OK) == 0 else {
                throw PortfolioError.storage(.readOnly, Message("database.older_read_only", ["path": .text(path)]))
            }
            _ = try openWritable(path: path, actor: "mon", creating: false)
            connection = try connect(path, readOnly: readOnly, creating: false)
        }
        try translatingStorageErrors(path: path) { try connection.execute("PRAGMA query_only = ON") }
        return try PortfolioDatabase(connection: connection, path: path, actor: "mon")
    }

    /// Runs `body` as one immediate transaction whose history rows name `actor`:
    /// it happens whole or not at all.
    @discardableResult
    public func write<T>(_ body: () throws -> T) throws -> T {
        let outermost = connection.isAutocommit
        return try connection.transaction {
            if outermost {
                try connection.execute("INSERT INTO current_actor(id, name) VALUES (1, ?)", [actor])
            }
            let result = try translatingStorageErrors(path: path, body)
            // Cleared before commit, so that a later write from another client is not put on this actor;
            // and every history row sealed, this write's and any another client caused since mon last wrote.
            if outermost {
                try connection.execute("DELETE FROM current_actor")
                try translatingStorageErrors(path: path) { try HistoryChain.seal(connection) }
            }
            return result
        }
    }
}

/// Runs `body`, turning every failure from SQLite into a `PortfolioError`
/// about `path`: a constraint failure becomes a refusal that names the rule.
func translatingStorageErrors<T>(path: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as SQLiteError {
        throw PortfolioError.from(error, path: path)
    }
}
