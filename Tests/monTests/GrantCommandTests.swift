import Foundation
import Testing
import TestSupport

/// Every rule of the fund, broken on purpose: refused with exit status 1, one
/// `error:` line saying why, and the database file byte for byte as it was.
@Suite struct GrantRefusalTests {
    typealias G = GrantFixture.Grant

    static let cases: [(arguments: [String], reason: String)] = [
        (["grant", "approve", G.overAvailable.id, "--date", "2024-03-10"],
         // On 2024-03-10 grant 2 (lapsed in June) still holds its 100 000 kr.
         "Kommunalt næringsfond has 17 550 000 kr available on 2024-03-10: it cannot cover 18 000 000 kr"),
        (["grant", "pay", G.partlyPaid.id, "150 001", "--date", "2024-04-01"], "grant 6 has 150 000 kr left to pay: 150 001 kr is 1 kr too much"),
        (["grant", "pay", G.rejected.id, "1 000", "--date", "2024-04-01"], "grant 1 is rejected: it takes no payment"),
        (["grant", "pay", G.lapsed.id, "1 000", "--date", "2024-07-01"], "grant 2 is lapsed: it takes no payment"),
        (["grant", "pay", G.withdrawn.id, "1 000", "--date", "2024-04-01"], "grant 3 is withdrawn: it takes no payment"),
        (["grant", "pay", G.closed.id, "1 000", "--date", "2024-04-01"], "grant 4 is closed: it takes no payment"),
        (["grant", "pay", G.paid.id, "1 000", "--date", "2024-04-01"], "grant 5 is fully paid: nothing is left to pay"),
        (["grant", "pay", G.pending.id, "1 000", "--date", "2024-04-01"], "grant 7 is an application, not yet approved"),
        (["grant", "pay", G.partlyPaid.id, "1 000", "--date", "2024-01-31"], "2024-01-31 is before the grant was approved (2024-02-01)"),
        (["grant", "approve", G.deMinimisSoFar.id, "--date", "2024-03-05", "--eur-rate", "10"], "grant 10 is approved, not an open application"),
        (["grant", "approve", G.paid.id, "--date", "2024-03-05"], "grant 5 is paid, not an open application"),
        (["grant", "lapse", G.paid.id, "--date", "2024-07-01"], "grant 5 is fully paid: nothing is left to lapse"),
        (["grant", "lapse", G.rejected.id, "--date", "2024-07-01"], "grant 1 is rejected: only an approved grant"),
        (["grant", "repay", G.partlyPaid.id, "50 001", "--date", "2024-05-01"], "at most 50 000 kr can be repaid, not 50 001 kr"),
        (["grant", "repay", G.rejected.id, "1", "--date", "2024-05-01"], "grant 1 is rejected: nothing was paid on it"),
        (["grant", "withdraw", G.partlyPaid.id, "--date", "2024-05-01"], "grant 6 has had 50 000 kr paid out"),
        (["grant", "reject", G.paid.id, "--date", "2024-05-01"], "grant 5 is paid: only an open application can be rejected"),
        (["grant", "close", G.partlyPaid.id, "--date", "2024-05-01"], "grant 6 is approved: only a fully paid grant is closed this way"),
        (["grant", "approve", G.intensity76.id, "--date", "2024-03-05", "--reason", "Viktig"],
         "support intensity 76.0 % (76 000 kr of 100 000 kr) is above the limit of 75.0 %"),
        (["grant", "approve", G.intensity60.id, "--date", "2024-03-05"], "support intensity 60.0 % is above 50.0 %: record why with --reason"),
        (["grant", "approve", G.deMinimisOneKroneOver.id, "--date", "2024-03-05", "--eur-rate", "10", "--reason", "Stort prosjekt"],
         "aid so far EUR 200 000, ceiling EUR 300 000, headroom EUR 100 000"),
        (["grant", "approve", G.deMinimisOverThroughGroup.id, "--date", "2024-03-05", "--eur-rate", "10"],
         "would bring Nordlaks Settefisk AS and its group to EUR 300 000,10"),
        (["grant", "approve", G.deMinimisOverThroughDeclared.id, "--date", "2024-03-05", "--eur-rate", "10"],
         "aid so far EUR 250 000, ceiling EUR 300 000, headroom EUR 50 000"),
        (["grant", "approve", G.deMinimisNoRate.id, "--date", "2024-03-05"], "no EUR rate is recorded for 2024-03: give the rate with --eur-rate, or record the month's with `mon rate set 2024-03 RATE`"),
        (["grant", "approve", G.deMinimisNoRate.id, "--date", "2024-03-05", "--eur-rate", "ti"], "'ti' is not an exchange rate"),
        (["grant", "approve", G.pending.id, "--date", "2024-01-09"], "cannot come before the application was received (2024-01-10)"),
        // Text that would steer a terminal is refused wherever it is typed, as `grant update` refuses it.
        (["grant", "apply", "--applicant", "910000020", "--amount", "5 000", "--total-cost", "40 000", "--purpose", "a\u{1B}[31mb"],
         "the purpose holds the control character U+001B"),
        (["grant", "approve", G.pending.id, "--date", "2024-03-05", "--reason", "a\u{7}b"], "the reason holds the control character U+0007"),
        (["grant", "approve", G.pending.id, "--date", "2024-03-05", "--case", "a\u{7F}b"], "the case reference holds the control character U+007F"),
        (["grant", "reject", G.pending.id, "--date", "2024-03-05", "--reason", "a\u{1B}b"], "the reason holds the control character U+001B"),
        (["grant", "approve", G.pending.id, "--date", "2024-03-05", "--recused", "Kari\u{1B}: inhabil"],
         "the name of a recused member holds the control character U+001B; names cannot"),
        (["grant", "approve", G.pending.id, "--date", "2024-03-05", "--amount", "10 001"], "is more than the amount applied for"),
        (["grant", "approve", G.pending.id, "--date", "2024-03-05", "--deadline", "2024-03-04"], "the deadline (2024-03-04) cannot come before"),
        (["grant", "apply", "--applicant", "910000020", "--amount", "500 000", "--total-cost", "400 000"], "is more than the total cost"),
        (["grant", "apply", "--applicant", "910000020", "--amount", "5 000", "--total-cost", "40 000", "--received", "01.01.2199"],
         "an application cannot be received 2199-01-01, after today"),
        (["grant", "apply", "--applicant", "Ukjent AS", "--amount", "5 000", "--total-cost", "40 000"], "there is no partner named 'Ukjent AS'"),
        (["grant", "apply", "--applicant", "910000020", "--amount", "5 000", "--total-cost", "40 000", "--basis", "gift"], "'gift' is not a basis of aid"),
        (["grant", "apply", "--applicant", "910000020", "--amount", "5 000", "--total-cost", "40 000", "--fund", "Covid-fond"], "there is no fund 'Covid-fond'"),
        (["grant", "show", "99"], "there is no grant 99"),
        (["grant", "list", "--status", "pending"], "'pending' is not a grant status"),
        (["fund", "status", "--year", "99999"], "99999 is not a year mon keeps"),
        (["report", "--year", "3000"], "3000 is not a year mon keeps"),
        (["fund", "allocate", "--year", "2025", "12,3,4"], "'12,3,4' is not an amount"),
        (["fund", "allocate", "--year", "2025", "1 000", "--fund", "Covid-fond"], "there is no fund 'Covid-fond'"),
        (["fund", "add", "kommunalt NÆRINGSFOND"], "there is already a fund named"),
        (["deminimis", "declare", "910000039", "0", "--date", "2024-01-15", "--giver", "IN", "--eur-rate", "10"], "must be more than 0 kr"),
        (["deminimis", "910000039", "--at", "2024-02-30"], "is not a date"),
        (["param", "set", "intensity_max", "1.5", "--from", "2030-01-01"], "intensity_max is a share between 0 and 1"),
        (["param", "set", "deminimis_window", "calendar", "--from", "2030-01-01"], "fiscal-years or rolling-years"),
        (["param", "set", "ceiling", "5", "--from", "2030-01-01"], "'ceiling' is not a parameter"),
        (["param", "set", "intensity_max", "0.8", "--from", "2024-01-01"], "a parameter changes from today on, not from 2024-01-01"),
        (["param", "set", "multiplier.mining", "1.4"], "'mining' is not a sector"),
        (["param", "set", "multiplier.industry", "0"], "the multiplier of industry must be 0.5 to 5, not 0"),
    ]

    @Test(arguments: cases)
    func isRefusedAndWritesNothing(arguments: [String], reason: String) throws {
        let db = try GrantFixture.copy()
        let before = try fileBytes(db)
        let run = try mon(arguments + ["--db", db])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1, "stderr: \(run.stderr)")
        #expect(run.stderr.hasPrefix("error: "))
        #expect(run.stderr.contains(reason), "stderr: \(run.stderr)")
        #expect(try fileBytes(db) == before)
    }
}

@Suite struct GrantCommandTests {
    typealias G = GrantFixture.Grant
    let db: String

    init() throws {
        db = try GrantFixture.copy()
    }

    func run(_ arguments: [String]) throws -> MonRun {
        let run = try mon(arguments + ["--db", db])
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run
    }

    func fundStatus() throws -> [String: Any] {
        try #require((try run(["fund", "status", "--format", "json"]).json() as? [[String: Any]])?.first)
    }

    @Test func fundStatusHasTheDesignedShapeAndBalances() throws {
        let status = try fundStatus()
        #expect(status["fund"] as? String == "Kommunalt næringsfond")
        #expect(status["year"] == nil)
        // Committed: 150 000 (grant 6) + 2 000 000 (grant 10); disbursed: 50 000 + 100 000 + 50 000;
        // returned: 100 000 (lapsed) + 50 000 (closed below its amount).
        #expect(status["allocated"] as? Int == 20_000_000)
        #expect(status["committed"] as? Int == 2_150_000)
        #expect(status["disbursed"] as? Int == 200_000)
        #expect(status["returned"] as? Int == 150_000)
        #expect(status["available"] as? Int == 17_650_000)
        let year = try #require((try run(["fund", "status", "--year", "2024", "--format", "json"]).json() as? [[String: Any]])?.first)
        #expect(year["year"] as? Int == 2024)
    }

    @Test func deMinimisExactlyAtTheCeilingIsApproved() throws {
        let approve = try run(["grant", "approve", G.deMinimisOneKroneOver.id, "--date", "2024-03-05", "--amount", "1 000 000",
                               "--eur-rate", "10", "--reason", "Stort prosjekt"])
        #expect(approve.stderr == "warning: an award of EUR 100 000 must be reported to Registeret for offentlig støtte (from EUR 100 000)\n")
        let position = try #require(try run(["deminimis", "910000012", "--at", "2024-03-05", "--format", "json"]).json() as? [String: Any])
        #expect(position["total_eur"] as? Int == 300_000)
        #expect(position["headroom_eur"] as? Int == 0)
        let register = try run(["grant", "list", "--register", "--format", "csv"]).stdout
        // Euro are numbers in CSV, as kroner are.
        #expect(register == "id,recipient,basis,approved_on,amount,award_eur,report_by\r\n10,Nordlaks Vefsn AS,de-minimis,2024-03-01,2000000,200000,2024-09-01\r\n11,Nordlaks Vefsn AS,de-minimis,2024-03-05,1000000,100000,2024-09-05\r\n")
    }

    @Test func deMinimisHasTheDesignedShape() throws {
        let position = try #require(try run(["deminimis", "910000004", "--at", "2024-03-05", "--format", "json"]).json() as? [String: Any])
        #expect(Set(position.keys) == ["partner_id", "window_start", "window_end", "total_eur", "ceiling_eur", "headroom_eur", "awards"])
        #expect(position["partner_id"] as? Int == 1)
        #expect(position["window_start"] as? String == "2021-03-06")
        #expect(position["window_end"] as? String == "2024-03-05")
        #expect(position["total_eur"] as? Int == 200_000)
        #expect(position["ceiling_eur"] as? Int == 300_000)
        #expect(position["headroom_eur"] as? Int == 100_000)
    }

    @Test func grantShowHasTheDesignedShape() throws {
        let shown = try #require(try run(["grant", "show", G.partlyPaid.id, "--format", "json"]).json() as? [String: Any])
        #expect(shown["id"] as? Int == 6)
        #expect(shown["status"] as? String == "approved")
        #expect(shown["applicant_id"] as? Int == 3)
        #expect(shown["project_id"] is NSNull)
        #expect(shown["amount_applied"] as? Int == 200_000)
        #expect(shown["amount_approved"] as? Int == 200_000)
        #expect(shown["paid"] as? Int == 50_000)
        #expect(shown["remaining"] as? Int == 150_000)
        #expect(shown["intensity"] as? Double == 0.25)
        #expect((shown["payments"] as? [[String: Any]])?.count == 1)
        #expect(try run(["grant", "show", G.partlyPaid.id]).stdout.contains("status            partly paid"))
    }

    @Test func thePublicListShowsApprovedGrantsOnly() throws {
        let rows = try #require(try run(["grant", "list", "--public", "--format", "json"]).json() as? [[String: Any]])
        #expect(rows.map { Set($0.keys) }.allSatisfy {
            $0 == ["id", "case_ref", "recipient", "purpose", "granted", "paid", "status", "status_text", "date"]
        })
        // Approved at some point: 2 (lapsed), 4 (closed), 5 (paid), 6 (partly paid), 10 (approved). Never 1 (rejected),
        // 3 (withdrawn as an application) or any pending application.
        #expect(rows.map { $0["granted"] as? Int } == [100_000, 100_000, 100_000, 200_000, 2_000_000])
        #expect(rows.map { $0["paid"] as? Int } == [0, 50_000, 100_000, 50_000, 0])
        #expect(rows.map { $0["status_text"] as? String } == ["lapsed", "closed", "paid", "partly paid", "approved"])
        #expect(rows.map { $0["date"] as? String } == ["2024-02-01", "2024-02-01", "2024-02-01", "2024-02-01", "2024-03-01"])
        // A person reads the status once, in words; status_text is for programs.
        let header = try run(["grant", "list", "--public"]).stdout.split(separator: "\n").first ?? ""
        #expect(header.contains("status") && !header.contains("status_text"))
        #expect(try run(["grant", "list", "--public", "--format", "csv"]).stdout.hasPrefix("id,case_ref,recipient,purpose,granted,paid,status,status_text,date"))
    }

    @Test func dueListsOverdueAndComingDeadlines() throws {
        _ = try run(["grant", "approve", G.pending.id, "--date", "2024-03-05", "--deadline", "2024-04-10"])
        let due = try #require(try run(["grant", "due", "--today", "2024-04-20", "--within", "30", "--format", "json"]).json() as? [[String: Any]])
        #expect(due.map { $0["id"] as? Int } == [7])
        #expect(due.first?["days_left"] as? Int == -10)
        #expect(due.first?["state"] as? String == "overdue")
        let ahead = try #require(try run(["grant", "due", "--today", "2024-12-15", "--within", "30", "--format", "json"]).json() as? [[String: Any]])
        #expect(ahead.map { $0["id"] as? Int } == [7, 6])
        #expect(ahead.last?["days_left"] as? Int == 16)
        #expect(ahead.last?["state"] as? String == "due")
    }

    @Test func everyGrantChangeIsInTheHistory() throws {
        _ = try run(["grant", "pay", G.partlyPaid.id, "25 000", "--date", "2024-05-01"])
        _ = try run(["grant", "repay", G.partlyPaid.id, "10 000", "--date", "2024-06-01"])
        let history = try #require(try run(["history", "--table", "grant", "--id", G.partlyPaid.id, "--format", "json"]).json() as? [[String: Any]])
        #expect(history.map { "\($0["table"]!) \($0["action"]!)" } == [
            "grant insert", "grant update", "grant_decision insert", "payment insert", "payment insert", "payment insert", "grant update",
        ])
        let approval = try #require(history[1]["new_values"] as? [String: Any])
        #expect(approval["status"] as? String == "approved")
        #expect(approval["amount_approved_ore"] as? Int == 20_000_000)
        let repaid = try #require(history[6]["new_values"] as? [String: Any])
        #expect(repaid["status"] as? String == "repaid")
        #expect(repaid["released_on"] as? String == "2024-06-01")
    }

    @Test func doctorChecksEveryFund() throws {
        let checks = try #require(try run(["doctor", "--format", "json"]).json() as? [[String: Any]])
        let fund = try #require(checks.first { $0["check"] as? String == "fund: Kommunalt næringsfond" })
        #expect(fund["passed"] as? Bool == true)
        #expect(fund["detail"] as? String
            == "allocated 20 000 000 kr = available 17 650 000 kr + committed 2 150 000 kr + net disbursed 200 000 kr; granted 2 500 000 kr, in force 2 350 000 kr")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func doctorFindsAFundBrokenFromOutside() throws {
        // Calling a partly paid grant fully paid behind mon's back puts the books out of step.
        #expect(try mon([db, "UPDATE grant SET status = 'paid' WHERE id = 6"], binary: "/usr/bin/sqlite3").status == 0)
        let doctor = try mon(["doctor", "--db", db])
        #expect(doctor.status == 1)
        #expect(doctor.stderr == "error: 1 of 9 checks failed: fund: Kommunalt næringsfond\n")
        #expect(doctor.stdout.contains("grant 6 is paid with"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "needs the sqlite3 shell"))
    func theDatabaseRefusesWhatMonRefusesToo() throws {
        for statement in [
            "INSERT INTO payment (grant_id, paid_on, amount_ore) VALUES (6, '2024-05-01', 15000001)",
            "INSERT INTO payment (grant_id, paid_on, amount_ore) VALUES (1, '2024-05-01', 100)",
            "INSERT INTO payment (grant_id, paid_on, kind, amount_ore) VALUES (6, '2024-05-01', 'repayment', 5000001)",
            "UPDATE grant SET status = 'applied' WHERE id = 5",
            "UPDATE grant SET amount_approved_ore = 1 WHERE id = 5",
            "UPDATE grant SET released_on = '2024-04-01' WHERE id = 6",
            "DELETE FROM payment",
        ] {
            let shell = try mon([db, statement], binary: "/usr/bin/sqlite3")
            #expect(shell.status != 0, "\(statement)")
        }
    }
}

/// The de minimis window changes at 2024-01-01: before it, the fiscal year of the
/// award and the two before it under a ceiling of EUR 200 000; from it, any three
/// rolling years under EUR 300 000.
@Suite struct DeMinimisWindowTests {
    @Test func theRuleChangesAtTheStartOf2024() throws {
        let db = try makeTemporaryFolder() + "/window.sqlite"
        var grant = 0
        func award(_ kroner: String, on day: String) throws {
            grant += 1
            for step in [
                ["grant", "apply", "--applicant", "910000004", "--amount", kroner, "--total-cost", "10 000 000", "--received", day],
                ["grant", "approve", String(grant), "--date", day, "--eur-rate", "10"],
            ] {
                let run = try mon(step + ["--db", db])
                #expect(run.status == 0, "\(step): \(run.stderr)")
            }
        }
        #expect(try mon(["init", "--db", db]).status == 0)
        #expect(try mon(["partner", "add", "Nordlaks Vefsn AS", "--orgnr", "910000004", "--municipality", "Vefsn", "--db", db]).status == 0)
        #expect(try mon(["fund", "allocate", "--year", "2021", "10 000 000", "--db", db]).status == 0)
        try award("100 000", on: "2021-01-15")    // EUR 10 000: inside the fiscal window of 2023, outside the rolling one of 2024-02-01
        try award("500 000", on: "2021-06-01")    // EUR 50 000
        try award("500 000", on: "2022-06-01")    // EUR 50 000
        try award("800 000", on: "2023-11-20")    // EUR 80 000, late in 2023
        func position(at day: String) throws -> [String: Any] {
            let run = try mon(["deminimis", "910000004", "--at", day, "--format", "json", "--db", db])
            return try #require(try run.json() as? [String: Any])
        }
        let fiscal = try position(at: "2023-12-15")
        #expect(fiscal["window_start"] as? String == "2021-01-01")
        #expect(fiscal["window_end"] as? String == "2023-12-31")
        #expect(fiscal["total_eur"] as? Int == 190_000)
        #expect(fiscal["ceiling_eur"] as? Int == 200_000)
        #expect(fiscal["headroom_eur"] as? Int == 10_000)
        let rolling = try position(at: "2024-02-01")
        #expect(rolling["window_start"] as? String == "2021-02-02")
        #expect(rolling["window_end"] as? String == "2024-02-01")
        #expect(rolling["total_eur"] as? Int == 180_000)
        #expect(rolling["ceiling_eur"] as? Int == 300_000)
        #expect(rolling["headroom_eur"] as? Int == 120_000)
        // The award in 2024 is checked under the new rule: EUR 120 000 is allowed, a krone more is not.
        #expect(try mon(["grant", "apply", "--applicant", "910000004", "--amount", "1 200 001", "--total-cost", "10 000 000",
                         "--received", "2024-02-01", "--db", db]).status == 0)
        let over = try mon(["grant", "approve", "5", "--date", "2024-02-01", "--eur-rate", "10", "--db", db])
        #expect(over.status == 1)
        #expect(over.stderr.contains("headroom EUR 120 000"))
        #expect(try mon(["grant", "approve", "5", "--date", "2024-02-01", "--amount", "1 200 000", "--eur-rate", "10", "--db", db]).status == 0)
        #expect(try position(at: "2024-02-01")["headroom_eur"] as? Int == 0)
    }
}
