import Foundation
import Testing
import TestSupport

/// Earlier years' grants come in from CSV, all or nothing, every rule checked.
@Suite struct GrantImportTests {
    let folder: String
    let db: String

    init() throws {
        folder = try makeTemporaryFolder()
        db = folder + "/mon.sqlite"
        for step in [
            ["init"],
            ["partner", "add", "Nordlaks Vefsn AS", "--orgnr", "910000004", "--municipality", "Vefsn"],
            ["partner", "add", "Sjøgata Kafé AS", "--orgnr", "910000020", "--municipality", "Vefsn"],
            ["fund", "allocate", "--year", "2022", "2 000 000"],
        ] {
            #expect(try mon(step + ["--db", db]).status == 0)
        }
    }

    static let header = "id,applicant,basis,amount_applied,total_cost,received_on,status,approved_on,amount_approved,eur_rate,decided_on,paid,paid_on,repaid,repaid_on"
    static let rows = [
        "1,910000020,not-aid,100000,400000,2022-01-10,rejected,,,,2022-02-01,,,,",
        "2,910000020,not-aid,100000,400000,2022-01-10,applied,,,,,,,,",
        "3,910000020,not-aid,200000,800000,2022-01-10,lapsed,2022-02-01,200000,,2022-12-01,50000,2022-06-01,,",
        "4,910000004,de-minimis,500000,2000000,2022-01-10,closed,2022-02-01,400000,10.5,,300000,2022-06-01,,",
        "5,910000004,de-minimis,300000,1000000,2022-01-10,paid,2022-02-01,300000,10.5,,300000,2022-06-01,,",
        "6,910000020,not-aid,100000,400000,2022-01-10,repaid,2022-02-01,100000,,,100000,2022-03-01,40000,2022-09-01",
        "7,910000020,not-aid,100000,400000,2022-01-10,approved,2022-03-01,100000,,,25000,2022-04-01,,",
        "8,910000020,not-aid,100000,400000,2022-01-10,withdrawn,2022-03-01,100000,,2022-03-15,,,,",
    ]

    func write(_ name: String, _ lines: [String]) throws -> String {
        let path = folder + "/" + name
        try Data(([Self.header] + lines).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aFileOfEveryStateImportsAndBalances() throws {
        let run = try mon(["import", "grants", try write("grants.csv", Self.rows), "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "imported 8 grants\n")
        let statuses = try mon(["sql", "SELECT group_concat(status, ' ') AS s FROM (SELECT status FROM grant ORDER BY id)", "--format", "csv", "--db", db])
        #expect(statuses.stdout == "s\r\nrejected applied lapsed closed paid repaid approved withdrawn\r\n")
        let status = try #require((try mon(["fund", "status", "--format", "json", "--db", db]).json() as? [[String: Any]])?.first)
        // Committed: 75 000 (grant 7). Disbursed: 50 000 + 300 000 + 300 000 + 60 000 + 25 000.
        // Returned: 150 000 (3) + 100 000 (4) + 40 000 repaid (6) + 100 000 (8).
        #expect(status["committed"] as? Int == 75_000)
        #expect(status["disbursed"] as? Int == 735_000)
        #expect(status["returned"] as? Int == 390_000)
        #expect(status["available"] as? Int == 1_190_000)
        #expect(try mon(["doctor", "--db", db]).status == 0)
    }

    @Test func exportedGrantsImportAgainToTheSameFile() throws {
        #expect(try mon(["import", "grants", try write("grants.csv", Self.rows), "--db", db]).status == 0)
        let fresh = folder + "/fresh.sqlite"
        #expect(try mon(["init", "--db", fresh]).status == 0)
        for name in ["partners", "grants"] {
            let file = folder + "/\(name)-export.csv"
            #expect(try mon(["export", name, "-o", file, "--db", db]).status == 0)
            if name == "grants" { #expect(try mon(["fund", "allocate", "--year", "2022", "2 000 000", "--db", fresh]).status == 0) }
            let imported = try mon(["import", name, file, "--db", fresh])
            #expect(imported.status == 0, "\(imported.stderr)")
        }
        #expect(try mon(["export", "grants", "--db", db]).stdout == mon(["export", "grants", "--db", fresh]).stdout)
    }

    @Test(arguments: [
        ("5,910000004,de-minimis,300000,1000000,2022-01-10,paid,2022-02-01,300000,,,300000,2022-06-01,,",
         "line 6: state aid is counted and reported in EUR, and no EUR rate is recorded for 2022-02"),
        ("5,910000004,de-minimis,3000000,4000000,2022-01-10,approved,2022-02-01,3000000,10.5,,,,,",
         "line 6: support intensity 75.0 % is above 50.0 %"),
        ("5,910000004,de-minimis,2500000,10000000,2022-01-10,approved,2022-02-01,2500000,10.5,,,,,",
         "line 6: de minimis: EUR 238 095,24"),
        ("5,910000004,not-aid,1500000,4000000,2022-01-10,approved,2022-02-01,1500000,,,,,,",
         "line 6: Kommunalt næringsfond has 1 400 000 kr available on 2022-02-01: it cannot cover 1 500 000 kr"),
        ("5,910000004,not-aid,300000,1000000,2022-01-10,paid,2022-02-01,300000,,,200000,2022-06-01,,",
         "line 6: the figures make the grant approved, not paid"),
        ("5,910000004,not-aid,300000,1000000,2022-01-10,lapsed,2022-02-01,300000,,,,,,",
         "line 6: a lapsed grant needs decided_on"),
        ("5,910000004,not-aid,300000,1000000,2022-01-10,paid,2022-02-01,300000,,,400000,2022-06-01,,",
         "line 6: grant 5 has 300 000 kr left to pay: 400 000 kr is 100 000 kr too much"),
    ])
    func aRowThatBreaksARuleStopsTheWholeFile(row: String, reason: String) throws {
        var rows = Self.rows
        rows[4] = row
        let before = try fileBytes(db)
        let run = try mon(["import", "grants", try write("bad.csv", rows), "--db", db])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.stderr.contains(reason), "\(run.stderr)")
        #expect(try fileBytes(db) == before)
    }
}
