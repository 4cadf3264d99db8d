import Foundation
import Testing
import SQLite
import TestSupport

/// `-o FILE` and `backup FILE` never write over the database, its `-wal` or
/// `-shm`, or an existing file without `--force`; each refusal writes nothing.
@Suite struct OutputFileRefusalTests {
    /// Every way of naming the database or one of SQLite's files beside it.
    static let theDatabase = [
        ["export", "projects", "-o", "{db}"], ["export", "projects", "-o", "{db}-wal"], ["export", "projects", "-o", "{db}-shm"],
        ["export", "projects", "-o", "./mon.sqlite"], ["export", "projects", "-o", "{dir}/../{name}/mon.sqlite"],
        ["export", "projects", "-o", "{dir}/link.sqlite"], ["export", "projects", "--force", "-o", "{db}"],
        ["report", "-o", "{db}"], ["report", "--force", "-o", "{db}-wal"], ["backup", "{db}"], ["backup", "{dir}/link.sqlite"],
    ]

    @Test(arguments: theDatabase)
    func theDatabaseIsNeverATarget(arguments: [String]) throws {
        try expectRefusal(arguments, "is the database or one of its files; write to another file")
    }

    @Test(arguments: [
        (["export", "projects", "-o", "{dir}/old.csv"], "old.csv already exists; add --force to replace it"),
        (["report", "-o", "{dir}/old.csv"], "old.csv already exists; add --force to replace it"),
        (["backup", "{dir}/old.csv"], "old.csv already exists; a backup never overwrites a file"),
        (["export", "projects", "-o", "{dir}"], "is a folder; name a file"),
        // Renamed over with --force, a device would become a plain file for every program on the machine.
        (["report", "--force", "-o", "/dev/null"], "/dev/null is a device or another special file; name a file"),
        (["export", "projects", "--xlsx", "--force", "-o", "/dev/full"], "/dev/full is a device or another special file; name a file"),
    ])
    func anExistingFileIsReplacedOnlyWithForce(arguments: [String], reason: String) throws {
        try expectRefusal(arguments, reason)
    }

    /// Runs `arguments` in a copy of the fixture beside an `old.csv` and a link to the
    /// database: refused with `reason`, the database and `old.csv` as they were, nothing left beside.
    func expectRefusal(_ arguments: [String], _ reason: String) throws {
        let db = try Fixture.copy()
        let folder = (db as NSString).deletingLastPathComponent
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: folder + "/old.csv"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.sqlite", withDestinationPath: db)
        let before = try fileBytes(db)
        let filled = arguments.map {
            $0.replacingOccurrences(of: "{db}", with: db).replacingOccurrences(of: "{dir}", with: folder)
                .replacingOccurrences(of: "{name}", with: (folder as NSString).lastPathComponent)
        }
        expectRefused(try mon(filled + ["--db", db], in: folder), reason)
        #expect(try fileBytes(db) == before)
        #expect(try fileBytes(folder + "/old.csv") == Data("old\n".utf8))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains(".mon-") }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func forceReplacesAnExistingFileWhole() throws {
        let db = try Fixture.copy()
        let target = (db as NSString).deletingLastPathComponent + "/projects.csv"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: target))
        let run = try mon(["export", "projects", "-o", target, "--force", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try fileBytes(target) == Data(try mon(["export", "projects", "--db", db]).stdout.utf8))
    }

    // A day the 2021–2024 plan covers: on a later day `plan show` warns, on standard error, that its period is over.
    @Test(arguments: [["export", "projects"], ["plan", "show", "--as-of", "2024-06-30"], ["plan", "show", "--format", "json", "--as-of", "2024-06-30"], ["report"]])
    func aFailedWriteToStandardOutputExitsOne(arguments: [String]) throws {
        let db = try Fixture.copy()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: monBinary)
        process.arguments = arguments + ["--db", db]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(stderr.hasPrefix("error: cannot write to standard output: "))
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
    }
}

/// A full disk or a kill during `export -o` or `backup` leaves the old file or
/// none under the target's name, never a part of one.
@Suite(.serialized) struct OutputFileDurabilityTests {
    /// A made-up portfolio large enough that writing it out takes a while.
    static let folder = buildDatabase([["demo", "--synthetic", "--projects", "1000", "--grants", "10000", "--seed", "3"]])

    var db: String { Self.folder + "/mon.sqlite" }

    /// Mounts a 64 KiB tmpfs in a mount namespace of its own (so it goes when the
    /// script ends) and runs `script` with `$T` the mount point; its output files stay in `folder`.
    func onASmallDisk(_ script: String, folder: String) throws -> MonRun {
        try mon(["-m", "sh", "-c", "T='\(folder)/small' && mkdir -p \"$T\" && mount -t tmpfs -o size=64k tmpfs \"$T\" && " + script],
                binary: "/usr/bin/unshare")
    }

    @Test(.enabled(if: getuid() == 0, "needs root to mount a small tmpfs"))
    func aFullDiskLeavesTheOldFileOrNone() throws {
        let folder = try makeTemporaryFolder()
        let run = try onASmallDisk("""
            printf 'old\\n' > "$T/grants.csv"
            '\(monBinary)' export grants -o "$T/grants.csv" --force --db '\(db)' 2> '\(folder)/force.err'; echo "force $?"
            '\(monBinary)' export grants -o "$T/new.csv" --db '\(db)' 2> '\(folder)/new.err'; echo "new $?"
            '\(monBinary)' backup "$T/backup.sqlite" --db '\(db)' 2> '\(folder)/backup.err'; echo "backup $?"
            cat "$T/grants.csv"; ls -A "$T"
            """, folder: folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "force 1\nnew 1\nbackup 1\nold\ngrants.csv\n")
        for name in ["force", "new", "backup"] {
            let stderr = try String(contentsOfFile: folder + "/\(name).err", encoding: .utf8)
            #expect(stderr.hasPrefix("error: ") && stderr.contains("full"), "\(name): \(stderr)")
            #expect(stderr.split(separator: "\n").count == 1, "\(name): \(stderr)")
        }
    }

    /// Runs `arguments` (whose target is `{target}`) to the end once, then ten
    /// times killed at moments spread over a run; after each kill `isWhole` must hold for
    /// the target if it exists. Returns how many runs the kill cut short.
    func killTenTimes(_ arguments: [String], isWhole: (String) throws -> Bool) throws -> Int {
        let folder = try makeTemporaryFolder()
        let started = Date()
        let whole = try mon(arguments.map { $0 == "{target}" ? folder + "/whole" : $0 } + ["--db", db])
        #expect(whole.status == 0, "\(whole.stderr)")
        let duration = Date().timeIntervalSince(started)
        var killedMidway = 0
        for attempt in 1...10 {
            let target = folder + "/killed-\(attempt)"
            let process = Process()
            process.executableURL = URL(fileURLWithPath: monBinary)
            process.arguments = arguments.map { $0 == "{target}" ? target : $0 } + ["--db", db]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Kills spread over the first three quarters of a run, from its start on.
            Thread.sleep(forTimeInterval: duration * 0.75 * Double(attempt - 1) / 9)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }
            if FileManager.default.fileExists(atPath: target) {
                #expect(try isWhole(target), "attempt \(attempt): \(target) is not whole")
            }
        }
        // A temporary file a kill left behind never bears the target's name.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.allSatisfy { $0 == "whole" || $0.hasPrefix("killed-") && !$0.contains(".") || $0.contains(".mon-") }, "\(names)")
        return killedMidway
    }

    @Test func killingAnExportNeverLeavesAPartOfTheFile() throws {
        let expected = try fileBytes(try makeExport())
        let killed = try killTenTimes(["export", "grants", "-o", "{target}"]) { try fileBytes($0) == expected }
        #expect(killed >= 5)
    }

    @Test func killingABackupNeverLeavesAPartOfTheFile() throws {
        let grants = try Connection(path: db, mode: .readOnly).scalar("SELECT count(*) FROM grant", as: Int64.self)
        let killed = try killTenTimes(["backup", "{target}"]) { path in
            let copy = try Connection(path: path)
            return try copy.scalar("PRAGMA integrity_check", as: String.self) == "ok"
                && copy.scalar("SELECT count(*) FROM grant", as: Int64.self) == grants
        }
        #expect(killed >= 5)
    }

    func makeExport() throws -> String {
        let path = try makeTemporaryFolder() + "/grants.csv"
        #expect(try mon(["export", "grants", "-o", path, "--db", db]).status == 0)
        return path
    }
}
