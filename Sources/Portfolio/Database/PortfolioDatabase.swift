import Foundation
import SQLite

/// The one SQLite file that holds a portfolio: opened, checked and migrated.
///
///     let db = try PortfolioDatabase.open(path: "mon.sqlite", actor: "kari")
///     try db.write { try db.connection.execute("INSERT INTO fund(name) VALUES (?)", ["Covid-fond"]) }
///
/// Opening refuses, without changing a byte: a directory, a file that is not a
/// SQLite database, a SQLite database that is not mon's, and a database written
/// by a newer mon (one holding a migration this binary does not know).
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

    private init(connection: Connection, path: String, actor: String) {
        self.connection = connection
        self.path = path
        self.actor = actor
    }

    /// Opens for reading and writing; creates and migrates the file on first use.
    public static func open(path: String, actor: String) throws -> PortfolioDatabase {
        try checkLocation(path, creating: true)
        let connection = try wrapping(path) { try Connection(path: path, mode: .readWriteCreate) }
        try wrapping(path) {
            try checkCompatible(connection, path: path)
            if try !migrator.isUpToDate(connection) {
                try connection.enableWriteAheadLog()
                try migrator.migrate(connection)
            } else if try !HistoryTriggers.areCurrent(in: connection) {
                // Made by another mon's generator, or changed by hand: made again as this mon makes them.
                try connection.transaction { try HistoryTriggers.update(connection) }
            }
        }
        return PortfolioDatabase(connection: connection, path: path, actor: actor)
    }

    /// A database in memory, migrated: for `mon demo`, gone when it closes.
    public static func inMemory(actor: String) throws -> PortfolioDatabase {
        let connection = try Connection(path: ":memory:")
        try migrator.migrate(connection)
        return PortfolioDatabase(connection: connection, path: ":memory:", actor: actor)
    }

    /// Opens an existing database so that nothing can be written through it.
    /// A file that does not exist yet is first created and migrated.
    public static func openReadOnly(path: String) throws -> PortfolioDatabase {
        if !FileManager.default.fileExists(atPath: path) {
            _ = try open(path: path, actor: "mon")
        }
        try checkLocation(path, creating: false)
        let connection = try wrapping(path) { try Connection(path: path, mode: .readOnly) }
        try wrapping(path) {
            try checkCompatible(connection, path: path)
            try connection.execute("PRAGMA query_only = ON")
        }
        return PortfolioDatabase(connection: connection, path: path, actor: "mon")
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

    // MARK: Opening checks

    private static func checkLocation(_ path: String, creating: Bool) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue {
                throw PortfolioError.storage(.unavailable, "\(path) is a directory, not a database file")
            }
            if !FileManager.default.isReadableFile(atPath: path) {
                throw PortfolioError.storage(.unavailable, "cannot read \(path): permission denied")
            }
            return
        }
        guard creating else { throw PortfolioError.notFound("no database at \(path)") }
        let folder = (path as NSString).deletingLastPathComponent
        let parent = folder.isEmpty ? "." : folder
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) else {
            throw PortfolioError.storage(.unavailable, "cannot create \(path): the folder \(parent) does not exist")
        }
        guard isDirectory.boolValue else {
            throw PortfolioError.storage(.unavailable, "cannot create \(path): \(parent) is a file, not a folder")
        }
        guard FileManager.default.isWritableFile(atPath: parent) else {
            throw PortfolioError.storage(.unavailable, "cannot create \(path): the folder \(parent) is not writable")
        }
    }

    private static func checkCompatible(_ connection: Connection, path: String) throws {
        let unknown = try migrator.unknownMigrationIDs(in: connection)
        if !unknown.isEmpty {
            throw PortfolioError.storage(.foreignFile, "\(path) was created by a newer mon: it holds migration \(unknown.joined(separator: ", ")), which this mon does not know; upgrade mon (the file was not changed)")
        }
        let applied = try migrator.appliedMigrationIDs(in: connection)
        let tables = try connection.scalar("SELECT count(*) FROM sqlite_schema", as: Int64.self) ?? 0
        if applied.isEmpty && tables > 0 {
            throw PortfolioError.storage(.foreignFile, "\(path) is a SQLite database, but not mon's: it has tables and no schema_migrations (the file was not changed)")
        }
    }

    /// Turns SQLite's failures while opening into a sentence about the file.
    private static func wrapping<T>(_ path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw PortfolioError.from(error, path: path)
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
