import Foundation
import Testing
import TestSupport

/// The grant import at some size, through the binary: ten thousand good lines and a bad one after them,
/// all or nothing, the dry run, and the ledger `doctor` recomputes from nothing after the inserts.
extension GrantImportTests {
    /// 10 000 grants of 100 kr without ids, each approved, paid, closed or repaid by turns: 1 000 000 kr granted of 2 000 000.
    func goodRows() -> [String] {
        (0..<10_000).map { n in
            switch n % 4 {
            case 0: return ",910000020,not-aid,100,400,2022-01-10,approved,2022-02-01,100,,,,,,"
            case 1: return ",910000020,not-aid,100,400,2022-01-10,paid,2022-02-01,100,,,100,2022-03-01,,"
            case 2: return ",910000020,not-aid,100,400,2022-01-10,closed,2022-02-01,100,,,60,2022-03-01,,"
            default: return ",910000020,not-aid,100,400,2022-01-10,repaid,2022-02-01,100,,,100,2022-03-01,40,2022-04-01"
            }
        }
    }

    @Test func aBadLineAfterTenThousandGoodOnesIsNamedAndNothingIsWritten() throws {
        let file = try write("big.csv", goodRows() + [",910000020,not-aid,500,400,2022-01-10,applied,,,,,,,,"])
        let before = try fileBytes(db)
        let run = try mon(["import", "grants", file, "--db", db])
        #expect(run.status == 1)
        #expect(run.errorLines == ["error: \(file), line 10 002: the amount applied for (500 kr) is more than the total cost (400 kr)"],
                "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        #expect(try fileBytes(db) == before)
    }

    @Test func tenThousandGrantsGoInWithTheirPaymentsAndTheLedgerAgrees() throws {
        let file = try write("big.csv", goodRows())
        let dry = try mon(["import", "grants", file, "--dry-run", "--db", db])
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(try mon(["sql", "SELECT count(*) AS n FROM grant", "--format", "csv", "--db", db]).stdout == "n\r\n0\r\n")
        let run = try mon(["import", "grants", file, "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "imported 10000 grants\n")
        let counts = try mon(["sql", """
            SELECT (SELECT count(*) FROM grant) AS grants, (SELECT count(*) FROM payment) AS payments,
                   (SELECT count(*) FROM grant_decision) AS decisions, (SELECT group_concat(status || ' ' || n, ', ')
                    FROM (SELECT status, count(*) AS n FROM grant GROUP BY status ORDER BY status)) AS statuses
            """, "--format", "csv", "--db", db])
        #expect(counts.stdout == "grants,payments,decisions,statuses\r\n10000,10000,10000,\"approved 2500, closed 2500, paid 2500, repaid 2500\"\r\n")
        let status = try #require((try mon(["fund", "status", "--format", "json", "--db", db]).json() as? [[String: Any]])?.first)
        // Granted 1 000 000; paid 2 500 × (100 + 60 + 100), repaid 2 500 × 40; released 2 500 × 40 (closed short)
        // and 2 500 × 0 (repaid after full payment); committed: 2 500 approved × 100.
        #expect(status["committed"] as? Int == 250_000)
        #expect(status["disbursed"] as? Int == 550_000)
        #expect(status["available"] as? Int == 1_200_000)
        let doctor = try mon(["doctor", "--db", db])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    }
}
