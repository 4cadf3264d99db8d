import Foundation
import SQLite

extension PortfolioDatabase {
    /// mon's mark in the file's header (`PRAGMA application_id`): "MON1" in ASCII, 0x4D4F4E31.
    public static let applicationID: Int32 = 0x4D4F_4E31

    /// Refuses, before SQLite sees the path, what cannot be a database file:
    /// a directory, a device, a file that cannot be read, or — unless
    /// `creating` — nothing at all.
    static func checkLocation(_ path: String, creating: Bool) throws {
        try FileKind.refuseDirectoryOrDevice(path, expected: Message("file.kind.database"))
        guard FileKind(path) == .missing else {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw PortfolioError.storage(.unavailable, Message("database.permission_denied", ["path": .text(path)]))
            }
            return
        }
        guard creating else {
            throw PortfolioError.notFound(Message("database.not_found", ["path": .text(path)]))
        }
        try checkFolder(toCreate: path)
    }

    /// The folder `path` is in: `.` for a bare name.
    static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }

    private static func checkFolder(toCreate path: String) throws {
        let parent = folder(of: path)
        switch FileKind(parent) {
        case .missing:
            throw PortfolioError.storage(.unavailable, Message("database.folder_missing", ["path": .text(path), "parent": .text(parent)]))
        case .directory:
            guard FileManager.default.isWritableFile(atPath: parent) else {
                throw PortfolioError.storage(.unavailable, Message("database.folder_not_writable", ["path": .text(path), "parent": .text(parent)]))
            }
        case .regularFile, .special:
            throw PortfolioError.storage(.unavailable, Message("database.folder_is_file", ["path": .text(path), "parent": .text(parent)]))
        }
    }

    /// A connection to `path`. A file this process cannot write is opened for
    /// reading; in a folder it cannot write either, SQLite cannot make the
    /// `-shm` file its write-ahead log needs, so the file — which nobody can
    /// then change — is read as immutable, when no `-wal` file holds pages of its own.
    static func connect(_ path: String, readOnly: Bool, creating: Bool) throws -> Connection {
        try translatingStorageErrors(path: path) {
            if !readOnly && (access(path, W_OK) == 0 || (creating && FileKind(path) == .missing)) {
                return try Connection(path: path, mode: creating ? .readWriteCreate : .readWrite)
            }
            let connection = try Connection(path: path, mode: .readOnly)
            do {
                _ = try connection.scalar("SELECT count(*) FROM sqlite_schema", as: Int64.self)
                return connection
            } catch let error as SQLiteError where error.code == SQLiteError.readOnlyDirectory
                        && !FileManager.default.fileExists(atPath: path + "-wal") {
                return try Connection(path: path, mode: .readOnlyImmutable)
            }
        }
    }

    /// Refuses, without writing, a file that is not mon's: another
    /// application's mark in its header, tables but no `schema_migrations`,
    /// a migration from a newer mon; and, unless `creating`, an empty file.
    static func checkIsMons(_ connection: Connection, path: String, creating: Bool) throws {
        let mark = try connection.scalar("PRAGMA application_id", as: Int64.self) ?? 0
        if mark != 0 && mark != Int64(applicationID) {
            throw PortfolioError.storage(.foreignFile, Message("database.other_application", ["path": .text(path), "mark": .text("\(mark)")]))
        }
        let unknown = try migrator.unknownMigrationIDs(in: connection)
        if !unknown.isEmpty {
            throw PortfolioError.storage(.foreignFile, Message("database.newer_mon", ["path": .text(path), "migrations": .text(unknown.joined(separator: ", "))]))
        }
        guard try migrator.appliedMigrationIDs(in: connection).isEmpty else { return }
        let tables = try connection.scalar("SELECT count(*) FROM sqlite_schema", as: Int64.self) ?? 0
        if tables > 0 {
            throw PortfolioError.storage(.foreignFile, Message("database.sqlite_not_mon", ["path": .text(path)]))
        }
        if !creating {
            throw PortfolioError.storage(.foreignFile, Message("database.empty_sqlite", ["path": .text(path)]))
        }
    }

    /// Marks a file as mon's: one made by `init`, or one an earlier mon made
    /// without the mark, the first time it is opened for writing.
    static func stampApplicationID(_ connection: Connection) throws {
        guard !connection.isReadOnly,
              try connection.scalar("PRAGMA application_id", as: Int64.self) ?? 0 == 0 else { return }
        try connection.execute("PRAGMA application_id = \(applicationID)")
    }
}
