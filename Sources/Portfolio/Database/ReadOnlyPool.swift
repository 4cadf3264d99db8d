import Foundation
import Synchronization

/// Read-only connections to one file, opened once and lent to one reader at a
/// time: a server answering many requests would otherwise open the file for
/// each, and opening (checking it is mon's and current, reading a schema of
/// some 150 triggers) costs more than most pages' own SQL.
///
/// A connection lent is in autocommit mode between requests, so each request
/// reads the file as it then stands (write-ahead log: a writer's commit is seen
/// by the next request). The pool keeps no connection idle longer than it is
/// told (`closeIdle`), and none to a file since replaced under its path: SQLite
/// keeps a database's latest changes in the `-wal` file beside it, which the
/// last connection to close folds in and removes (these connections may do so:
/// `checkpointingOnClose`); a file moved over one still open would be read with
/// the old file's `-wal`. Connections to a replaced file are all closed before
/// the new one is opened; one whose schema has changed since it was opened (a
/// newer mon migrated the file) is opened again, so that its checks refuse what
/// this mon cannot read.
///
///     let pool = ReadOnlyPool(path: "mon.sqlite")
///     let funds = try await pool.read { db in try FundRepository(db).list() }
///     pool.closeIdle(olderThan: .seconds(2))   // from time to time
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

    /// Closes the connections idle for longer than `age`, so that a server nobody is asking keeps the file
    /// closed, as between two commands.
    public func closeIdle(olderThan age: Duration) {
        let now = ContinuousClock.now
        idle.withLock { $0.removeAll { now - $0.idleSince > age } }
    }

    /// How many connections wait to be lent.
    var idleCount: Int { idle.withLock { $0.count } }

    private func borrow() throws -> Lent {
        let file = FileIdentity(path)
        let kept: Lent? = idle.withLock { idle in
            idle.removeAll { $0.file != file }
            return idle.popLast()
        }
        // A schema changed since (a newer mon migrated the file) is opened again, with the checks opening makes.
        if let kept, (try? kept.db.connection.scalar("PRAGMA schema_version", as: Int64.self)) == kept.schema { return kept }
        // The identity before opening: a file replaced meanwhile is then seen as replaced on the next borrow.
        let db = try PortfolioDatabase.openReadOnly(path: path, checkpointingOnClose: true)
        return Lent(db: db, file: file, schema: try db.connection.scalar("PRAGMA schema_version", as: Int64.self))
    }

    private func giveBack(_ lent: Lent) {
        guard lent.file == FileIdentity(path) else { return }
        lent.idleSince = .now
        idle.withLock { if $0.count < capacity { $0.append(lent) } }
    }

    /// A connection with the file it was opened on. Sendable by how the pool uses it:
    /// it is in the idle list or with one reader, never both, and SQLite's
    /// multi-thread mode lets a connection move between threads when not used at once.
    private final class Lent: @unchecked Sendable {
        let db: PortfolioDatabase
        let file: FileIdentity?
        /// SQLite's count of schema changes when it was opened.
        let schema: Int64?
        var idleSince = ContinuousClock.now
        init(db: PortfolioDatabase, file: FileIdentity?, schema: Int64?) {
            self.db = db
            self.file = file
            self.schema = schema
        }
    }
}
