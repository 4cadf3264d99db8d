import Foundation
import Testing
import TestSupport

/// Conditions on approval and payment requests through the binary: the Herøy case
/// to the øre, the holdback, and each refusal with the database left as it was.
@Suite struct CaseHandlingTests {
    /// Grant 1: Herøy, 70 000 kr at most 12,07 % of documented costs. Grant 2: 100 000 kr with 10 % held back.
    /// Both to be completed by 2021-12-31, final report by 2022-03-01.
    static let folder = buildDatabase([
        ["partner", "add", "Herøy Fisk AS", "--orgnr", "910000020", "--municipality", "Vefsn"],
        ["partner", "add", "Mosjøen Mek AS", "--orgnr", "910000039", "--municipality", "Vefsn"],
        ["fund", "allocate", "--year", "2021", "1 000 000"],
        ["grant", "apply", "--applicant", "910000020", "--amount", "70 000", "--total-cost", "580 000", "--received", "2021-03-01",
         "--basis", "not-aid"],
        ["grant", "approve", "1", "--date", "2021-04-01", "--completion", "2021-12-31", "--report-due", "2022-03-01",
         "--max-share", "12,07", "--condition", "Sluttrapport og attestert regnskap før utbetaling"],
        ["grant", "apply", "--applicant", "910000039", "--amount", "100 000", "--total-cost", "400 000", "--received", "2021-03-01",
         "--basis", "not-aid"],
        ["grant", "approve", "2", "--date", "2021-04-01", "--completion", "2021-12-31", "--report-due", "2022-03-01", "--holdback", "10"],
    ])

    /// Runs `arguments` on `db` and expects it to succeed.
    @discardableResult
    func ok(_ arguments: [String], _ db: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> MonRun {
        let run = try mon(arguments + ["--db", db])
        #expect(run.status == 0, "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
        return run
    }

    /// Expects `arguments` refused for `reason` with the file byte for byte as it was.
    func refused(_ arguments: [String], _ db: String, _ reason: String, environment: [String: String] = [:],
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try fileBytes(db)
        expectRefused(try mon(arguments + ["--db", db], environment: environment), reason, sourceLocation: sourceLocation)
        #expect(try fileBytes(db) == before, sourceLocation: sourceLocation)
    }

    func record(_ id: String, _ db: String) throws -> [String: Any] {
        try #require(try ok(["grant", "show", id, "--format", "json"], db).json() as? [String: Any])
    }

    @Test func theHerøyCaseReplayed() throws {
        let db = try copyDatabase(in: Self.folder)
        try refused(["grant", "request", "1", "--amount", "70 000", "--costs", "400 000", "--date", "2022-01-20", "--final"], db,
                    "grant 1: a final payment request needs the final report: give --report or --report-file")
        try refused(["grant", "pay", "1", "70 000", "--date", "2022-02-01"], db,
                    "grant 1 has a holdback or a largest share of costs: pay it against a payment request")
        #expect(try ok(["grant", "request", "1", "--amount", "70 000", "--costs", "400 000", "--date", "2022-01-20", "--final",
                        "--report", "Sluttrapport og attestert regnskap"], db).stdout == "1\n")
        try ok(["grant", "pay", "1", "--request", "1", "--date", "2022-02-01"], db)
        let grant = try record("1", db)
        #expect(grant["status"] as? String == "closed")
        #expect(grant["paid"] as? Int == 48_280)
        #expect(grant["released_on"] as? String == "2022-02-01")
        #expect(grant["max_share_percent"] as? Double == 12.07)
        #expect((grant["conditions"] as? [[String: Any]])?.first?["text"] as? String == "Sluttrapport og attestert regnskap før utbetaling")
        let requests = try #require(grant["requests"] as? [[String: Any]])
        #expect(requests.count == 1 && requests[0]["paid_amount"] as? Int == 48_280 && requests[0]["costs"] as? Int == 400_000)
        // The fund: 21 720 kr of grant 1 released; grant 2's 100 000 kr still committed.
        let status = try #require((try ok(["fund", "status", "--format", "json"], db).json() as? [[String: Any]])?.first)
        #expect(status["granted"] as? Int == 170_000 && status["released"] as? Int == 21_720)
        #expect(status["in_force"] as? Int == 148_280 && status["paid"] as? Int == 48_280)
        #expect(status["committed"] as? Int == 100_000 && status["available"] as? Int == 851_720)
        try refused(["grant", "pay", "1", "--request", "1", "--date", "2022-02-02"], db, "grant 1 is closed: it takes no payment")
    }

    @Test func theHoldbackIsPaidOnlyAfterTheFinalReport() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try record("2", db)["holdback_amount"] as? Int == 10_000)
        try refused(["grant", "request", "2", "--amount", "95 000", "--costs", "300 000", "--date", "2021-09-01"], db,
                    "grant 2 holds back 10 000 kr until the final report: a part payment of 95 000 kr would eat into it; at most 90 000 kr can be paid before the final request")
        try ok(["grant", "request", "2", "--amount", "90 000", "--costs", "300 000", "--date", "2021-09-01", "--report", "Halvveis"], db)
        try ok(["grant", "pay", "2", "--request", "1", "--date", "2021-09-10"], db)
        try refused(["grant", "pay", "2", "--request", "1", "--date", "2021-09-11"], db,
                    "payment request 1 was paid on 2021-09-10: a request is paid once")
        let folder = try makeTemporaryFolder()
        try Data("Prosjektet er gjennomført.\nRegnskapet er attestert.\n".utf8).write(to: URL(fileURLWithPath: folder + "/slutt.txt"))
        try ok(["grant", "request", "2", "--amount", "10 000", "--costs", "400 000", "--date", "2022-01-15", "--final",
                "--report-file", folder + "/slutt.txt"], db)
        try ok(["grant", "pay", "2", "--request", "2", "--date", "2022-01-20"], db)
        let grant = try record("2", db)
        #expect(grant["paid"] as? Int == 100_000 && grant["status"] as? String == "closed")
        let requests = try #require(try ok(["grant", "requests", "2", "--format", "json"], db).json() as? [[String: Any]])
        #expect(requests.map { $0["paid_amount"] as? Int } == [90_000, 10_000])
        #expect(requests[1]["report"] as? String == "Prosjektet er gjennomført.\nRegnskapet er attestert.")
    }

    @Test func costsNeverFallAndPartPaymentsStopAtTheCompletionUntilItIsMoved() throws {
        let db = try copyDatabase(in: Self.folder)
        try ok(["grant", "request", "2", "--amount", "40 000", "--costs", "300 000", "--date", "2021-09-01"], db)
        try refused(["grant", "request", "2", "--amount", "10 000", "--costs", "250 000", "--date", "2021-10-01"], db,
                    "the documented costs (250 000 kr) are lower than those of request 1 on 2021-09-01 (300 000 kr)")
        try refused(["grant", "pay", "2", "--request", "1", "--date", "2022-01-05"], db,
                    "grant 2 was to be completed by 2021-12-31: a part payment on 2022-01-05 needs the completion date moved later")
        try ok(["grant", "update", "2", "--completion", "2022-03-31", "--reason", "Forsinket levering, innvilget av styret"], db)
        try ok(["grant", "pay", "2", "--request", "1", "--date", "2022-01-05"], db)
        #expect(try record("2", db)["completion_on"] as? String == "2022-03-31")
        try refused(["grant", "update", "2", "--completion", "2022-01-31", "--reason", "x"], db,
                    "the completion date can only move later: 2022-01-31 is before 2022-03-31")
    }

    @Test func badConditionsAndRequestsAreRefused() throws {
        let db = try copyDatabase(in: Self.folder)
        try ok(["grant", "apply", "--applicant", "910000039", "--amount", "10 000", "--total-cost", "40 000", "--received", "2021-03-01",
                "--basis", "not-aid"], db)
        try refused(["grant", "approve", "3", "--date", "2021-04-01", "--max-share", "12,075"], db,
                    "'12,075' is not a percentage for --max-share; write it like 12,07 or 12.07 (at most two decimals)")
        try refused(["grant", "approve", "3", "--date", "2021-04-01", "--holdback", "120"], db,
                    "--holdback must be more than 0 % and at most 100 %, not '120'")
        try refused(["grant", "approve", "3", "--date", "2021-04-01", "--completion", "2021-03-31"], db,
                    "the completion date (2021-03-31) cannot come before the approval (2021-04-01)")
        try refused(["grant", "request", "2", "--amount", "1 000", "--costs", "1 000", "--date", "2021-09-01", "--report", "a",
                     "--report-file", "/nonexistent"], db, "give the report as --report or as --report-file, not both")
        try refused(["grant", "pay", "2", "1 000", "--request", "1", "--date", "2021-09-01"], db,
                    "give either an amount or --request, not both and not neither")
        try refused(["grant", "pay", "2", "--request", "9", "--date", "2021-09-01"], db, "grant 2 has no payment request 9")
        try refused(["grant", "request", "2", "--amount", "1 000", "--costs", "1 000", "--date", "2021-09-01", "--final",
                     "--report-file", Self.folder], db, "is a directory, not a report file")
        try refused(["grant", "requests", "99"], db, "there is no grant 99")
        try refused(["grant", "request", "2", "--amount", "95 000", "--costs", "300 000", "--date", "2021-09-01"], db,
                    "tilsagn 2 holder tilbake 10 000 kr til sluttrapporten", environment: ["MON_LANG": "nb"])
    }

    @Test func anApprovalWithoutAHoldbackTakesTheDefault() throws {
        let db = try copyDatabase(in: Self.folder)
        // Today as mon reads it: in Vefsn, whatever the machine's zone.
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Europe/Oslo")
        let today = formatter.string(from: Date())
        try refused(["param", "set", "holdback_default", "0,12345"], db,
                    "holdback_default is a share from 0 to 1 with at most four decimals (0.1 for 10 %), not '0,12345'")
        try ok(["param", "set", "holdback_default", "0,1"], db)
        for amount in ["50 000", "60 000"] {
            try ok(["grant", "apply", "--applicant", "910000039", "--amount", amount, "--total-cost", "400 000", "--received", today,
                    "--basis", "not-aid"], db)
        }
        try ok(["grant", "approve", "3", "--date", today], db)
        try ok(["grant", "approve", "4", "--date", today, "--holdback", "5"], db)
        #expect(try record("3", db)["holdback_percent"] as? Double == 10)
        #expect(try record("3", db)["holdback_amount"] as? Int == 5_000)
        #expect(try record("4", db)["holdback_amount"] as? Int == 3_000)
        try refused(["grant", "pay", "3", "1 000", "--date", today], db, "pay it against a payment request")
    }

    @Test func dueListsCompletionsAndReportsUntilTheFinalRequest() throws {
        let db = try copyDatabase(in: Self.folder)
        let due = { (today: String) throws -> [String] in
            let items = try #require(try ok(["grant", "due", "--today", today, "--within", "100", "--format", "json"], db).json() as? [[String: Any]])
            return items.map { "\($0["kind"] ?? "") \($0["id"] ?? "") \($0["deadline"] ?? "") \($0["state"] ?? "")" }
        }
        #expect(try due("2021-12-01") == ["completion 1 2021-12-31 due", "completion 2 2021-12-31 due",
                                           "report 1 2022-03-01 due", "report 2 2022-03-01 due"])
        try ok(["grant", "request", "1", "--amount", "70 000", "--costs", "400 000", "--date", "2022-01-20", "--final", "--report", "Ferdig"], db)
        #expect(try due("2022-03-05") == ["completion 2 2021-12-31 overdue", "report 2 2022-03-01 overdue"])
    }
}
