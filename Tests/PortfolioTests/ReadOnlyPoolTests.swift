import Foundation
import Testing
@testable import Portfolio
import TestSupport

/// A server's readers share connections kept open: each reads the file as it stands, and a file put in the
/// served file's place is read, not the one it replaced.
@Suite struct ReadOnlyPoolTests {
    static func fund(_ db: PortfolioDatabase, _ name: String) throws {
        _ = try FundRepository(db).add(name: name)
    }

    static func funds(_ db: PortfolioDatabase) throws -> [String] {
        try FundRepository(db).list().map(\.name)
    }

    @Test func aConnectionIsLentAgainAndSeesWhatWasWrittenSince() async throws {
        let path = try makeTemporaryFolder() + "/pool.sqlite"
        let writer = try PortfolioDatabase.create(path: path, actor: "test")
        let pool = ReadOnlyPool(path: path)
        let first = try await pool.read { db in (ObjectIdentifier(db), try Self.funds(db)) }
        try Self.fund(writer, "Covid-fond")
        let second = try await pool.read { db in (ObjectIdentifier(db), try Self.funds(db)) }
        #expect(second.0 == first.0, "the same connection, not the file opened again")
        #expect(!first.1.contains("Covid-fond") && second.1.contains("Covid-fond"))
        // Lent: nothing can be written through it.
        var refused = false
        do { try await pool.read { db in try Self.fund(db, "Ulovlig fond") } } catch { refused = true }
        #expect(refused)
        #expect(!(try Self.funds(writer)).contains("Ulovlig fond"))
    }

    @Test func twoReadersAtOnceHaveTwoConnections() async throws {
        let path = try makeTemporaryFolder() + "/pool.sqlite"
        _ = try PortfolioDatabase.create(path: path, actor: "test")
        let pool = ReadOnlyPool(path: path)
        let (outer, inner) = try await pool.read { outer in
            (ObjectIdentifier(outer), try await pool.read { inner in ObjectIdentifier(inner) })
        }
        #expect(outer != inner)
    }

    @Test func aFileRenamedOverTheServedPathIsReadAfterwards() async throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/served.sqlite", other = folder + "/other.sqlite"
        _ = try PortfolioDatabase.create(path: path, actor: "test")
        try Self.fund(try PortfolioDatabase.create(path: other, actor: "test"), "Omstillingsfond")
        let pool = ReadOnlyPool(path: path)
        #expect(!(try await pool.read(Self.funds)).contains("Omstillingsfond"))
        #expect(rename(other, path) == 0)
        #expect(try await pool.read(Self.funds).contains("Omstillingsfond"))
    }

    /// A colleague puts yesterday's backup back while the server runs, after writing since: the server and the
    /// next command read the backup, not the backup with the changes left in the old file's write-ahead log.
    @Test func aBackupMovedOverTheServedFileIsReadWithoutTheOldFilesLog() async throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/served.sqlite", backup = folder + "/backup.sqlite"
        try Self.fund(try PortfolioDatabase.create(path: path, actor: "test"), "Omstillingsfond")
        try PortfolioDatabase.open(path: path, actor: "test").backup(to: backup)
        let pool = ReadOnlyPool(path: path)
        #expect(try await pool.read(Self.funds).contains("Omstillingsfond"))
        // Written while the server holds the file: the change waits in served.sqlite-wal.
        try Self.fund(try PortfolioDatabase.open(path: path, actor: "test"), "Etter sikkerhetskopien")
        #expect(try await pool.read(Self.funds).contains("Etter sikkerhetskopien"))
        // Nobody asks for a while; then the backup is put back.
        pool.closeIdle(olderThan: .zero)
        #expect(pool.idleCount == 0)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"), "the last connection took the log with it")
        #expect(rename(backup, path) == 0)
        #expect(try await !pool.read(Self.funds).contains("Etter sikkerhetskopien"))
        #expect(try !Self.funds(try PortfolioDatabase.open(path: path, actor: "test")).contains("Etter sikkerhetskopien"))
    }

    @Test func connectionsToAReplacedFileAreAllClosedBeforeTheNewFileIsOpened() async throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/served.sqlite", other = folder + "/other.sqlite"
        _ = try PortfolioDatabase.create(path: path, actor: "test")
        _ = try PortfolioDatabase.create(path: other, actor: "test")
        let pool = ReadOnlyPool(path: path)
        _ = try await pool.read { _ in try await pool.read { _ in 0 } }
        #expect(pool.idleCount == 2)
        pool.closeIdle(olderThan: .seconds(60))
        #expect(pool.idleCount == 2, "not idle long enough to be closed")
        #expect(rename(other, path) == 0)
        _ = try await pool.read(Self.funds)
        #expect(pool.idleCount == 1, "the two connections to the old file closed, one to the new")
    }

    /// A newer mon migrates the served file: the next request opens it again, and is refused as opening refuses it.
    @Test func aFileANewerMonMigratedIsRefusedOnTheNextRead() async throws {
        let path = try makeTemporaryFolder() + "/served.sqlite"
        let writer = try PortfolioDatabase.create(path: path, actor: "test")
        let pool = ReadOnlyPool(path: path)
        _ = try await pool.read(Self.funds)
        try writer.connection.executeScript("""
            CREATE TABLE grant_in_euro (id INTEGER PRIMARY KEY);
            INSERT INTO schema_migrations(id) VALUES ('0099_from_the_future');
            """)
        var refusal: PortfolioError?
        do { _ = try await pool.read(Self.funds) } catch let error as PortfolioError { refusal = error }
        #expect(refusal?.message.contains("created by a newer mon") == true, "\(String(describing: refusal))")
    }

    @Test func aMissingFileIsRefusedAsCommandsRefuseIt() async throws {
        let path = try makeTemporaryFolder() + "/missing.sqlite"
        let pool = ReadOnlyPool(path: path)
        var refusal: PortfolioError?
        do { _ = try await pool.read(Self.funds) } catch let error as PortfolioError { refusal = error }
        #expect(refusal == PortfolioError.notFound(Message("database.not_found", ["path": .text(path)])))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
