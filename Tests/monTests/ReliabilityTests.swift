import Foundation
import Testing
import SQLite
import TestSupport

/// Two writers at once, a kill in the middle of an import, a backup while
/// another process writes: mon loses nothing and never half-writes.
@Suite(.serialized) struct ReliabilityTests {
    let folder: String
    let db: String

    init() throws {
        folder = try makeTemporaryFolder()
        db = folder + "/mon.sqlite"
        for step in [
            ["init"],
            ["partner", "add", "Sjøgata Kafé AS", "--orgnr", "910000020", "--municipality", "Vefsn"],
            ["fund", "allocate", "--year", "2024", "100 000 000"],
        ] {
            #expect(try mon(step + ["--db", db]).status == 0)
        }
    }

    /// A shell loop that runs `mon grant apply` `count` times, one transaction each.
    func applyLoop(_ count: Int, label: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", """
            for i in $(seq \(count)); do
              '\(monBinary)' grant apply --applicant 910000020 --amount "10 000" --total-cost "40 000" --received 2024-01-01 \
                --purpose "\(label) $i" --basis not-aid --db '\(db)' --actor '\(label)' > /dev/null 2>> '\(folder)/\(label).err' \
                || echo "exit $? on $i" >> '\(folder)/\(label).err'
            done
            """]
        try process.run()
        return process
    }

    func errors(_ label: String) -> String {
        (try? String(contentsOfFile: folder + "/\(label).err", encoding: .utf8)) ?? ""
    }

    @Test func twoWritersAtOnceBothSucceed() throws {
        let first = try applyLoop(500, label: "kari")
        let second = try applyLoop(500, label: "ola")
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(errors("kari").isEmpty, "\(errors("kari"))")
        #expect(errors("ola").isEmpty, "\(errors("ola"))")
        let connection = try Connection(path: db, mode: .readOnly)
        #expect(try connection.scalar("SELECT count(*) FROM grant", as: Int64.self) == 1_000)
        #expect(try connection.scalar("SELECT count(*) FROM history WHERE table_name = 'grant' AND action = 'insert'", as: Int64.self) == 1_000)
        #expect(try connection.scalar("SELECT count(*) FROM history WHERE table_name = 'grant' AND actor = 'kari'", as: Int64.self) == 500)
        #expect(try connection.scalar("SELECT count(*) FROM history WHERE table_name = 'grant' AND actor = 'ola'", as: Int64.self) == 500)
        // The two loops really did run at once: their grants interleave.
        let order = try connection.rows("SELECT actor FROM history WHERE table_name = 'grant' ORDER BY id").map { try $0.get(0, as: String.self) }
        #expect(zip(order, order.dropFirst()).filter { $0 != $1 }.count > 10)
    }

    @Test func killingAnImportLeavesNoneOrAllOfIt() throws {
        // 100 000 partners with valid organisation numbers.
        var csv = "name,orgnr\n"
        var base = 81_000_000, made = 0
        while made < 100_000 {
            base += 1
            let digits = String(base).compactMap(\.wholeNumberValue)
            let check = (11 - zip(digits, [3, 2, 7, 6, 5, 4, 3, 2]).map { $0 * $1 }.reduce(0, +) % 11) % 11
            guard check < 10 else { continue }
            csv += "Bedrift \(made) AS,\(base)\(check)\n"
            made += 1
        }
        let file = folder + "/partners.csv"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: file))
        // One run to the end tells how long an import takes here.
        let whole = folder + "/whole.sqlite"
        try FileManager.default.copyItem(atPath: db, toPath: whole)
        let started = Date()
        #expect(try mon(["import", "partners", file, "--db", whole]).status == 0)
        let duration = Date().timeIntervalSince(started)
        var random = SystemRandomNumberGenerator()
        var killedMidway = 0
        for attempt in 1...10 {
            let copy = folder + "/killed-\(attempt).sqlite"
            try FileManager.default.copyItem(atPath: db, toPath: copy)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: monBinary)
            process.arguments = ["import", "partners", file, "--db", copy]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...max(0.1, duration * 0.9), using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal { killedMidway += 1 }
            let connection = try Connection(path: copy)
            #expect(try connection.scalar("PRAGMA integrity_check", as: String.self) == "ok")
            let partners = try connection.scalar("SELECT count(*) FROM partner", as: Int64.self)
            #expect(partners == 1 || partners == 100_001, "attempt \(attempt): \(partners ?? -1) partners")
        }
        #expect(killedMidway >= 5)
    }

    @Test func aBackupWhileAnotherProcessWritesIsConsistent() throws {
        let writer = try applyLoop(150, label: "writer")
        var copies: [String] = []
        for index in 1...5 {
            Thread.sleep(forTimeInterval: 0.4)
            let copy = folder + "/backup-\(index).sqlite"
            let run = try mon(["backup", copy, "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
            copies.append(copy)
        }
        writer.waitUntilExit()
        #expect(errors("writer").isEmpty)
        var counts: [Int64] = []
        for copy in copies {
            let doctor = try mon(["doctor", "--db", copy])
            #expect(doctor.status == 0, "\(doctor.stdout)")
            let connection = try Connection(path: copy, mode: .readOnly)
            let grants = try #require(try connection.scalar("SELECT count(*) FROM grant", as: Int64.self))
            // Every grant in the copy has its history, and no history row outruns its grant.
            #expect(try connection.scalar("SELECT count(*) FROM history WHERE table_name = 'grant'", as: Int64.self) == grants)
            counts.append(grants)
        }
        #expect(counts == counts.sorted())
        #expect(counts.contains { $0 > 0 && $0 < 150 })
    }
}
