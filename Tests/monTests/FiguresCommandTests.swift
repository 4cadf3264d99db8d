import Foundation
import Testing
import TestSupport

/// The adviser's case from the issue: two allocations, a 1 500 000 kr grant that
/// lapsed and was applied for and approved again. Every output counts it once in force.
@Suite struct FiguresCommandTests {
    let db: String

    init() throws {
        db = try makeTemporaryFolder() + "/adviser.sqlite"
        let apply = { (amount: String, received: String, purpose: String) in
            ["grant", "apply", "--applicant", "910000004", "--amount", amount, "--total-cost", "10 000 000", "--received", received,
             "--basis", "not-aid", "--purpose", purpose]
        }
        for step in [
            ["init"],
            ["partner", "add", "Sjøgata Bryggeri AS", "--orgnr", "910000004", "--municipality", "Vefsn"],
            ["fund", "allocate", "--year", "2025", "4 000 000"],
            ["fund", "allocate", "--year", "2026", "3 500 000"],
            apply("1 500 000", "2025-02-01", "Bryggeri"),
            ["grant", "approve", "1", "--date", "2025-03-01", "--case", "PS 12/25"],
            ["grant", "lapse", "1", "--date", "2026-01-15"],
            apply("1 500 000", "2026-01-20", "Bryggeri, ny søknad"),
            ["grant", "approve", "2", "--date", "2026-02-01", "--case", "PS 3/26"],
            apply("4 990 000", "2026-02-10", "Kai"),
            ["grant", "approve", "3", "--date", "2026-03-01", "--case", "PS 7/26"],
            ["grant", "pay", "3", "1 000 000", "--date", "2026-04-01"],
            apply("300 000", "2026-04-10", "Avslått"),
            ["grant", "reject", "4", "--date", "2026-05-01"],
            apply("200 000", "2026-04-10", "Ubehandlet"),
        ] {
            let run = try mon(step + ["--db", db])
            #expect(run.status == 0, "\(step): \(run.stderr)")
        }
    }

    func json(_ arguments: [String]) throws -> Any {
        try mon(arguments + ["--format", "json", "--db", db]).json()
    }

    @Test func theReportCountsTheLapsedGrantOnceAndInForceStaysWithinTheAllocations() throws {
        let report = try #require(try json(["report"]) as? [String: Any])
        let totals = try #require(report["totals"] as? [String: Double])
        #expect(totals == ["granted": 7_990_000, "released": 1_500_000, "in_force": 6_490_000, "paid": 1_000_000, "repaid": 0,
                           "net_disbursed": 1_000_000, "allocated": 7_500_000])
        #expect(totals["in_force"]! <= totals["allocated"]!)
        let year = try #require(try json(["report", "--year", "2026"]) as? [String: Any])
        let yearTotals = try #require(year["totals"] as? [String: Double])
        #expect(yearTotals["granted"] == 6_490_000 && yearTotals["in_force"] == 6_490_000 && yearTotals["allocated"] == 7_500_000)
        let years = try #require(year["fund_years"] as? [[String: Double]])
        #expect(years == [
            ["year": 2025, "allocated": 4_000_000, "granted": 1_500_000, "paid": 0, "repaid": 0, "released": 0, "available_end": 2_500_000],
            ["year": 2026, "allocated": 3_500_000, "granted": 6_490_000, "paid": 1_000_000, "repaid": 0, "released": 1_500_000,
             "available_end": 1_010_000],
        ])
        let markdown = try mon(["report", "--db", db]).stdout
        #expect(markdown.contains("| 7 990 000 kr | 6 490 000 kr | 1 000 000 kr | 7 500 000 kr |"))
        #expect(markdown.contains("| Sjøgata Bryggeri AS | Bryggeri | 1 500 000 kr | 0 kr | bortfalt | 01.03.2025 |"))
    }

    @Test func fundStatusKeepsItsKeysAndAddsTheFigures() throws {
        let status = try #require((try json(["fund", "status"]) as? [[String: Any]])?.first)
        let figures = status.compactMapValues { $0 as? Double }
        #expect(figures == ["allocated": 7_500_000, "committed": 5_490_000, "disbursed": 1_000_000, "returned": 1_500_000,
                            "available": 1_010_000, "granted": 7_990_000, "released": 1_500_000, "in_force": 6_490_000,
                            "paid": 1_000_000, "repaid": 0])
        #expect(try mon(["doctor", "--db", db]).status == 0)
    }

    @Test func thePublicListShowsDecisionsWithWhatWasPaidAndTheirStatusInWords() throws {
        let list = try #require(try json(["grant", "list", "--public"]) as? [[String: Any]])
        #expect(list.map { $0["id"] as? Int } == [1, 2, 3])
        #expect(list.map { $0["status"] as? String } == ["lapsed", "approved", "approved"])
        #expect(list.map { $0["status_text"] as? String } == ["lapsed", "approved", "partly paid"])
        #expect(list.map { $0["granted"] as? Double } == [1_500_000, 1_500_000, 4_990_000])
        #expect(list.map { $0["paid"] as? Double } == [0, 0, 1_000_000])
        #expect(list.map { $0["case_ref"] as? String } == ["PS 12/25", "PS 3/26", "PS 7/26"])
        #expect(list.first.map { Set($0.keys) } == ["id", "case_ref", "recipient", "purpose", "granted", "paid", "status", "status_text", "date"])
        #expect(list.first?["recipient"] as? String == "Sjøgata Bryggeri AS" && list.first?["date"] as? String == "2025-03-01")
        let norwegian = try mon(["grant", "list", "--public", "--db", db], environment: ["MON_LANG": "nb"]).stdout
        #expect(norwegian.contains("bortfalt") && norwegian.contains("delvis utbetalt"))
        #expect(!norwegian.contains("lapsed") && !norwegian.contains("approved"))
        #expect(!norwegian.contains("Avslått") && !norwegian.contains("Ubehandlet"))
    }

    /// A payment registered with a day still to come counts the same in the report as in
    /// `fund status`: both count everything recorded, or everything up to the year's end.
    @Test func aPaymentDatedAheadCountsTheSameInTheReportAndFundStatus() throws {
        let ahead = Calendar(identifier: .gregorian).date(byAdding: .day, value: 5, to: Date())!
        let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: ahead)
        let day = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        #expect(try mon(["grant", "pay", "3", "100 000", "--date", day, "--db", db]).status == 0)
        func paid(_ arguments: [String]) throws -> Int? {
            let value = try json(arguments)
            return ((value as? [String: Any])?["totals"] as? [String: Any])?["paid"] as? Int
                ?? (value as? [[String: Any]])?.first?["paid"] as? Int
        }
        #expect(try paid(["fund", "status"]) == 1_100_000)
        #expect(try paid(["report"]) == 1_100_000)
        #expect(try paid(["fund", "status", "--year", "\(parts.year!)"]) == 1_100_000)
        #expect(try paid(["report", "--year", "\(parts.year!)"]) == (parts.year! == 2026 ? 1_100_000 : 0))
    }
}
