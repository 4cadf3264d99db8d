import Foundation
import Testing
import TestSupport

/// The ledger stays right whoever writes: grants, payments and allocations
/// changed from the sqlite3 shell, behind mon's back, and the fund's figures read
/// from the ledger still equal those the schema's SQL computes from the raw tables.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
struct LedgerTests {
    let db: String

    init() throws {
        db = try makeTemporaryFolder() + "/mon.sqlite"
        #expect(try mon(["init", "--db", db]).status == 0)
        #expect(try mon(["demo", "--db", db]).status == 0)
    }

    func shell(_ sql: String) throws -> MonRun {
        try mon([db, sql], binary: "/usr/bin/sqlite3")
    }

    /// The figures of docs/schema.md over the raw tables as of `day`, as the shell prints them.
    func figuresFromRawTables(asOf day: String) throws -> [Int] {
        let run = try shell("""
            WITH money AS (
                SELECT grant_id, sum(CASE WHEN kind = 'payment' THEN amount_ore ELSE 0 END) AS paid,
                       sum(CASE WHEN kind = 'repayment' THEN amount_ore ELSE 0 END) AS repaid
                FROM payment WHERE paid_on <= '\(day)' GROUP BY grant_id),
            figures AS (
                SELECT CASE WHEN approved_on <= '\(day)' THEN amount_approved_ore ELSE 0 END AS granted,
                       coalesce(money.paid, 0) AS paid, coalesce(money.repaid, 0) AS repaid,
                       released_on IS NOT NULL AND released_on <= '\(day)' AS released
                FROM grant LEFT JOIN money ON money.grant_id = grant.id
                WHERE status <> 'annulled' AND received_on <= '\(day)' AND fund_id = 1)
            SELECT (SELECT sum(amount_ore) FROM allocation WHERE fund_id = 1 AND annulled_at IS NULL
                    AND printf('%04d-01-01', year) <= '\(day)'),
                   sum(granted), sum(CASE WHEN released THEN granted - paid ELSE 0 END), sum(paid), sum(repaid),
                   sum(CASE WHEN released THEN 0 ELSE granted - paid END)
            FROM figures;
            """)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "|").map { Int($0)! / 100 }
    }

    /// `fund status` in kroner: allocated, granted, released, paid, repaid, committed.
    func fundStatus(_ year: [String]) throws -> [Int] {
        let status = try #require(try mon(["fund", "status", "--format", "json", "--db", db] + year).json() as? [[String: Any]])
        return ["allocated", "granted", "released", "paid", "repaid", "committed"].map { status[0][$0] as? Int ?? -1 }
    }

    @Test func writesFromTheShellKeepTheLedgerRight() throws {
        let writes = try shell("""
            INSERT INTO grant (id, fund_id, applicant_id, basis, amount_applied_ore, total_cost_ore, received_on, status,
                               approved_on, amount_approved_ore)
            VALUES (20, 1, 1, 'not-aid', 10000000, 20000000, '2024-01-05', 'approved', '2024-02-01', 8000000);
            INSERT INTO payment (grant_id, paid_on, amount_ore) VALUES (20, '2024-03-01', 3000000);
            INSERT INTO payment (grant_id, paid_on, kind, amount_ore) VALUES (20, '2024-04-01', 'repayment', 1000000);
            UPDATE grant SET status = 'lapsed', released_on = '2024-06-01', decided_on = '2024-06-01' WHERE id = 13;
            UPDATE grant SET status = 'annulled', correction_reason = 'registrert ved en feil' WHERE id = 6;
            DELETE FROM grant WHERE id = 10;
            UPDATE allocation SET amount_ore = amount_ore + 100000, year = 2023 WHERE id = 4;
            INSERT INTO allocation (fund_id, year, amount_ore) VALUES (1, 2025, 50000000), (1, 2026, 1000);
            DELETE FROM allocation WHERE year = 2026;
            """)
        #expect(writes.status == 0, "\(writes.stderr)")
        // A write the rules refuse leaves the ledger as it was: the statement is undone whole.
        #expect(try shell("DELETE FROM payment WHERE id = 10").status != 0)
        #expect(try shell("UPDATE grant SET amount_approved_ore = 1 WHERE id = 7").status != 0)

        for (year, day) in [([], "9999-12-31"), (["--year", "2024"], "2024-12-31"), (["--year", "2022"], "2022-12-31")] {
            #expect(try fundStatus(year) == figuresFromRawTables(asOf: day), "as of \(day)")
        }
        let doctor = try mon(["doctor", "--format", "json", "--db", db])
        #expect(doctor.status == 0, "\(doctor.stdout)")
        let ledger = try #require(try doctor.json() as? [[String: Any]]).first { $0["check"] as? String == "ledger" }
        #expect(ledger?["detail"] as? String
                == "12 grants and 38 fund days agree with the grants, payments and allocations, and each fund's total with its days")
    }

    @Test func oneGrantAndOneFundDayAreCountedAsOne() throws {
        let db = try makeTemporaryFolder() + "/mon.sqlite"
        for step in [["init"], ["fund", "allocate", "--year", "2026", "1 000"], ["partner", "add", "Sjøgata Kafé AS", "--orgnr", "910000020"],
                     ["grant", "apply", "--applicant", "910000020", "--amount", "100", "--total-cost", "400", "--received", "2026-01-01",
                      "--basis", "not-aid"]] {
            #expect(try mon(step + ["--db", db]).status == 0, "\(step)")
        }
        for (environment, sentence) in [(LanguageCommandTests.english, "1 grant and 1 fund day agree with"),
                                         (LanguageCommandTests.norwegian, "1 tilsagn og 1 fondsdag stemmer med")] {
            let doctor = try mon(["doctor", "--format", "json", "--db", db], environment: environment)
            let ledger = try #require(try doctor.json() as? [[String: Any]]).first { $0["check"] as? String == "ledger" }
            #expect((ledger?["detail"] as? String)?.hasPrefix(sentence) == true, "\(String(describing: ledger))")
        }
    }

    /// Days written straight into the ledger, as a set-wise import would, move the fund's total with them:
    /// the position as of today is the total, as of a past day the total less the days after it.
    @Test func aDayWrittenIntoTheLedgerMovesTheFundsTotal() throws {
        let before = try fundStatus([])
        #expect(try shell("""
            INSERT INTO ledger_fund_day (fund_id, day, granted_ore, paid_ore) VALUES (1, '2023-05-02', 100000, 40000), (1, '2030-01-01', 0, 500);
            UPDATE ledger_fund_day SET paid_ore = paid_ore + 1000 WHERE fund_id = 1 AND day = '2023-05-02';
            DELETE FROM ledger_fund_day WHERE fund_id = 1 AND day = '2030-01-01';
            """).status == 0)
        // allocated, granted, released, paid, repaid, committed, in kroner: 1 000 kr more granted, 410 kr more paid.
        #expect(try fundStatus([]) == zip(before, [0, 1000, 0, 410, 0, 590]).map { $0 + $1 })
        #expect(try fundStatus(["--year", "2022"]) == figuresFromRawTables(asOf: "2022-12-31"))
    }

    @Test func doctorNamesAFundTotalTheLedgerHasWrong() throws {
        #expect(try shell("UPDATE ledger_fund_total SET repaid_ore = repaid_ore + 70000 WHERE fund_id = 1").status == 0)
        let before = try fileBytes(db)
        let doctor = try mon(["doctor", "--format", "json", "--db", db])
        #expect(doctor.status == 1)
        let ledger = try #require(try doctor.json() as? [[String: Any]]).first { $0["check"] as? String == "ledger" }
        #expect(ledger?["detail"] as? String == "Kommunalt næringsfond: repaid in total is 150 700 kr in the ledger but 150 000 kr by the fund's days")
        #expect(try fileBytes(db) == before)
    }

    @Test func doctorNamesTheGrantAndTheDayTheLedgerHasWrong() throws {
        #expect(try shell("""
            UPDATE ledger_grant SET paid_ore = paid_ore + 100 WHERE grant_id = 7;
            UPDATE ledger_fund_day SET released_ore = released_ore - 50000 WHERE fund_id = 1 AND day = '2022-06-16';
            """).status == 0)
        let before = try fileBytes(db)
        let doctor = try mon(["doctor", "--format", "json", "--db", db])
        #expect(doctor.status == 1)
        #expect(doctor.errorLines.count == 1 && doctor.errorLines[0].hasPrefix("error: 2 of 9 checks failed: ledger"), "\(doctor.stderr)")
        let ledger = try #require(try doctor.json() as? [[String: Any]]).first { $0["check"] as? String == "ledger" }
        #expect(ledger?["detail"] as? String == "grant 7: paid is 300 001 kr in the ledger but 300 000 kr by the grant and its payments; "
                + "Kommunalt næringsfond, 2022-06-16: released is 199 500 kr in the ledger but 200 000 kr by the allocations, grants and payments")
        #expect(try fileBytes(db) == before)
    }
}
