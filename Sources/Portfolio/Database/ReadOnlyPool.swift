import Foundation
import Synchronization

/// Read-only connections to one file, opened once and lent to one reader at a
/// time: a server answering many requests would otherwise open the file for
/// each, and opening (checking it is mon's and current, reading a schema of
/// some 150 triggers) costs more than most pages' own SQL.
///
/// A connection lent is in autocommit mode between requests, so each request
/// reads the file as it then stands (write-ahead log: a writer's commit is seen
/// by the next request). A file replaced under its path (renamed over, as
/// `backup` writes its copies) is a new file: connections to the old one are
/// closed rather than lent.
///
///     let pool = ReadOnlyPool(path: "mon.sqlite")
///     let count = try pool.read { db in try GrantRepository(db).count() }
public final class ReadOnlyPool: Sendable {
    public let path: String
    /// Connections kept idle at most; one more reader at once opens one more, closed when given back.
    let capacity: Int
    private let idle = Mutex<[Lent]>([])

    public init(path: String, capacity: Int = 8) {
        self.path = path
        self.capacity = capacity
    }

    /// Runs `body` with a connection of the pool, or a new one when none is idle,
    /// and gives it back: `body` is its only user until it returns.
    public func read<T>(_ body: (PortfolioDatabase) async throws -> T) async throws -> T {
        let lent = try borrow()
        defer { giveBack(lent) }
        return try await body(lent.db)
    }

    private func borrow() throws -> Lent {
        let file = FileIdentity(path)
        while let kept = idle.withLock({ $0.popLast() }) {
            if kept.file == file { return kept }
        }
        // The identity before opening: a file replaced meanwhile is then seen as replaced on the next borrow.
        return Lent(db: try PortfolioDatabase.openReadOnly(path: path), file: file)
    }

    private func giveBack(_ lent: Lent) {
        idle.withLock { if $0.count < capacity { $0.append(lent) } }
    }

    /// A connection with the file it was opened on. Sendable by how the pool uses it:
    /// it is in the idle list or with one reader, never both, and SQLite's
    /// multi-thread mode lets a connection move between threads when not used at once.
    private final class Lent: @unchecked Sendable {
        let db: PortfolioDatabase
        let file: FileIdentity?
        init(db: PortfolioDatabase, file: FileIdentity?) {
            self.db = db
            self.file = file
        }
    }
}

/// Which file a path names now: its device and inode.
struct FileIdentity: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64

    /// Nil when nothing can be read at `path`.
    init?(_ path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}
