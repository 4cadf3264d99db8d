import Foundation
import Testing
import SQLite
import TestSupport

/// The file is mon's or it is refused, byte for byte as it was; only `init`
/// and `demo --db` make one; a read-only file in a read-only folder can still
/// be read; and whatever the disk or the file does, mon says it in one line
/// with the file's path.
@Suite struct FileSafetyTests {
    let folder: String

    init() throws {
        folder = try makeTemporaryFolder()
    }

    /// The file's header holds mon's mark at byte 68: "MON1".
    func applicationID(_ path: String) throws -> String {
        String(decoding: try fileBytes(path)[68..<72], as: UTF8.self)
    }

    @Test(arguments: [["partner", "list"], ["project", "add", "ByLab", "--goal", "3.4"], ["grant", "list"],
                      ["sql", "SELECT 1"], ["doctor"], ["history"]])
    func aMissingDatabaseIsNamedAndNothingIsCreated(arguments: [String]) throws {
        let path = folder + "/mistyped.sqlite"
        let run = try mon(arguments + ["--db", path])
        expectRefused(run, "no database at")
        #expect(run.stderr == "error: no database at \(path); create one with `mon init --db \(path)`\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func withoutDbNothingIsCreatedInTheDataFolderEither() throws {
        let run = try mon(["partner", "list"], environment: ["XDG_DATA_HOME": folder])
        #expect(run.stderr == "error: no database at \(folder)/mon/mon.sqlite; create one with `mon init --db \(folder)/mon/mon.sqlite`\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func initAndDemoMarkTheFileAsMons() throws {
        for (index, command) in [["init"], ["demo"]].enumerated() {
            let path = folder + "/\(index).sqlite"
            #expect(try mon(command + ["--db", path]).status == 0)
            #expect(try applicationID(path) == "MON1")
            #expect(try mon(["sql", "PRAGMA application_id", "--format", "csv", "--db", path]).stdout == "application_id\r\n1297042993\r\n")
        }
    }

    @Test func aFileFromAnEarlierMonGetsTheMarkOnItsNextWriteOpen() throws {
        let path = try Fixture.copy()
        try Connection(path: path).execute("PRAGMA application_id = 0")
        let unmarked = try fileBytes(path)
        #expect(try mon(["sql", "SELECT count(*) FROM partner", "--db", path]).status == 0)
        #expect(try fileBytes(path) == unmarked)
        #expect(try mon(["partner", "list", "--db", path]).status == 0)
        #expect(try applicationID(path) == "MON1")
    }

    /// Files that are not mon's, each made by `make` at the path it is given.
    static let foreignFiles: [(name: String, reason: String, make: @Sendable (String) throws -> Void)] = [
        ("another application's id", "belongs to another application (its application_id is 1179011410)", { path in
            let other = try Connection(path: path)
            try other.execute("PRAGMA application_id = 1179011410") // "FFFR"
            try other.execute("CREATE TABLE schema_migrations (id TEXT PRIMARY KEY)")
        }),
        ("another application's empty file", "belongs to another application", { path in
            try Connection(path: path).execute("PRAGMA application_id = 42")
        }),
        ("tables without schema_migrations", "is a SQLite database, but not mon's", { path in
            try Connection(path: path).execute("CREATE TABLE budget (year INTEGER, amount INTEGER)")
        }),
        ("a text file", "is not a SQLite database", { path in
            try Data("Møtereferat fra styret\n".utf8).write(to: URL(fileURLWithPath: path))
        }),
    ]

    @Test(arguments: foreignFiles.indices)
    func anotherApplicationsFileIsRefusedUntouched(index: Int) throws {
        let file = Self.foreignFiles[index]
        let path = folder + "/other.sqlite"
        try file.make(path)
        let before = try fileBytes(path)
        for command in [["init"], ["demo"], ["partner", "list"], ["partner", "add", "X AS"], ["sql", "SELECT 1"], ["doctor"]] {
            expectRefused(try mon(command + ["--db", path]), file.reason)
        }
        #expect(try fileBytes(path) == before, "\(file.name)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["other.sqlite"])
    }

    @Test func anEmptyFileIsNotMadeADatabaseExceptByInit() throws {
        let path = folder + "/empty.sqlite"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        expectRefused(try mon(["partner", "list", "--db", path]), "is an empty SQLite file, not yet a mon database; make it one with `mon init --db \(path)`")
        #expect(try fileBytes(path).isEmpty)
        #expect(try mon(["init", "--db", path]).status == 0)
        #expect(try applicationID(path) == "MON1")
    }

    @Test func aDirectoryOrADeviceGetsOneLine() throws {
        expectRefused(try mon(["partner", "list", "--db", "/dev/null"]), "/dev/null is a device or another special file, not a database file")
        expectRefused(try mon(["init", "--db", "/dev/null"]), "/dev/null is a device or another special file, not a database file")
        expectRefused(try mon(["partner", "list", "--db", folder]), "\(folder) is a directory, not a database file")
        let db = try Fixture.copy()
        let before = try fileBytes(db)
        expectRefused(try mon(["import", "partners", "/dev/zero", "--db", db]), "/dev/zero is a device or another special file, not a CSV file")
        expectRefused(try mon(["import", "partners", folder, "--db", db]), "\(folder) is a directory, not a CSV file")
        #expect(try fileBytes(db) == before)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") || getuid() != 0,
                   "as root, needs setpriv to run mon as an unprivileged user, for whom permissions hold"))
    func aReadOnlyFileInAReadOnlyFolderCanBeReadButNotWritten() throws {
        try inReadOnlyFolder("archive", placing: { try FileManager.default.copyItem(atPath: Fixture.folder + "/mon.sqlite", toPath: $0) }) { path, readOnly in
            let before = try fileBytes(path)
            let count = try monWithoutPrivileges(["sql", "SELECT count(*) AS n FROM partner", "--format", "csv", "--db", path])
            #expect(count.stdout == "n\r\n2\r\n", "\(count.stderr)")
            #expect(try monWithoutPrivileges(["partner", "list", "--db", path]).stdout.contains("Helgeland Industri AS"))
            #expect(try monWithoutPrivileges(["project", "show", "1", "--db", path]).status == 0)
            expectRefused(try monWithoutPrivileges(["partner", "add", "Ny AS", "--db", path]), "cannot write \(path): it is read-only")
            #expect(try fileBytes(path) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: readOnly) == ["mon.sqlite"])
        }
    }

    /// Runs `body` with a file `placing` puts at `name`/mon.sqlite, the file and its folder made read-only, and the
    /// folder writable again afterwards (so that the test's folder can be removed).
    func inReadOnlyFolder(_ name: String, placing: (String) throws -> Void, _ body: (_ path: String, _ folder: String) throws -> Void) throws {
        let readOnly = folder + "/" + name
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: false)
        let path = readOnly + "/mon.sqlite"
        try placing(path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly) }
        try body(path, readOnly)
    }

    /// Takes the newest migration back out of a copy of the fixture, as if an older mon had made it.
    func fileOfAnOlderMon() throws -> String {
        let path = try Fixture.copy()
        let connection = try Connection(path: path)
        try connection.executeScript("""
            DROP TRIGGER ledger_fund_total_insert; DROP TRIGGER ledger_fund_total_update; DROP TRIGGER ledger_fund_total_delete;
            DROP VIEW ledger_fund_total_change; DROP VIEW ledger_fund_total_source; DROP TABLE ledger_fund_total;
            DELETE FROM schema_migrations WHERE id = '0021_ledger_fund_total';
            """)
        return path
    }

    @Test func aReadingCommandBringsAFileOfAnOlderMonUpToDate() throws {
        let path = try fileOfAnOlderMon()
        let expected = try mon(["fund", "status", "--format", "json", "--db", Fixture.folder + "/mon.sqlite"])
        let run = try mon(["fund", "status", "--format", "json", "--db", path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == expected.stdout)
        let connection = try Connection(path: path, mode: .readOnly)
        #expect(try connection.scalar("SELECT count(*) FROM schema_migrations WHERE id = '0021_ledger_fund_total'", as: Int64.self) == 1)
        #expect(try mon(["doctor", "--db", path]).status == 0)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") || getuid() != 0,
                   "as root, needs setpriv to run mon as an unprivileged user, for whom permissions hold"))
    func aFileOfAnOlderMonThatCannotBeWrittenIsRefusedWithTheWayOut() throws {
        let older = try fileOfAnOlderMon()
        try inReadOnlyFolder("old", placing: { try FileManager.default.moveItem(atPath: older, toPath: $0) }) { path, _ in
            let before = try fileBytes(path)
            expectRefused(try monWithoutPrivileges(["fund", "status", "--db", path]),
                          "\(path) was made by an older mon and must be brought up to this mon's schema, but this process cannot write it: run `mon init --db \(path)` as a user who can (the file was not changed)")
            #expect(try fileBytes(path) == before)
        }
    }

    @Test func anotherWriterHoldingTheFileIsSaidSo() throws {
        let path = try Fixture.copy()
        let before = try fileBytes(path)
        let holder = try Connection(path: path)
        try holder.execute("BEGIN IMMEDIATE")
        try holder.execute("INSERT INTO fund(name) VALUES ('Holder')")
        // mon waits out its 5 s busy timeout, then gives up.
        let run = try mon(["partner", "add", "Ny AS", "--db", path])
        try holder.execute("ROLLBACK")
        expectRefused(run, "another program is writing to \(path); try again when it has finished")
        #expect(try fileBytes(path) == before)
    }

    @Test func aDamagedFileSendsThePersonToTheDoctor() throws {
        let path = try Fixture.copy()
        var bytes = try fileBytes(path)
        bytes.replaceSubrange(bytes.count / 2..<bytes.count * 3 / 4, with: Data(repeating: 0xFF, count: bytes.count / 4))
        try bytes.write(to: URL(fileURLWithPath: path))
        for command in [["history"], ["sql", "SELECT count(*) FROM history"]] {
            let run = try mon(command + ["--db", path])
            expectRefused(run, "is damaged")
            #expect(run.stderr == "error: \(path) is damaged; run `mon doctor` and restore from a backup\n")
        }
        #expect(try fileBytes(path) == bytes)
    }

    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
                   "a full disk is a small tmpfs, which needs root to mount"))
    func aFullDiskIsSaidSoAndNothingIsWritten() throws {
        var csv = "name,orgnr\n"
        for index in 0..<20_000 { csv += "Bedrift \(index) AS,\n" }
        try Data(csv.utf8).write(to: URL(fileURLWithPath: folder + "/partners.csv"))
        let disk = folder + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: false)
        let fixture = Fixture.folder + "/mon.sqlite"
        let script = """
            mount -t tmpfs -o size=1m none '\(disk)' && cp '\(fixture)' '\(disk)/mon.sqlite' || exit 99
            '\(monBinary)' import partners '\(folder)/partners.csv' --db '\(disk)/mon.sqlite'; status=$?
            cmp -s '\(fixture)' '\(disk)/mon.sqlite' && echo unchanged; exit $status
            """
        let run = try mon(["-m", "sh", "-c", script], binary: "/usr/bin/unshare")
        #expect(run.status == 1)
        #expect(run.stdout == "unchanged\n")
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.hasSuffix("the disk holding \(disk)/mon.sqlite is full; nothing was written\n"), "\(run.stderr)")
    }
}
