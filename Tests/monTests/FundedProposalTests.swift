import Foundation
import Testing
import TestSupport

/// `rank` and `select` propose only what the fund has not already covered: the new
/// adviser's case, where `select` picked a project already paid 90 000 kr and another
/// already granted 200 000 kr.
@Suite struct FundedProposalTests {
    /// Projects 1–5, each assessed alike but for its request, so that the scores tie and rank by request:
    /// 1 paid 90 000 of 90 000 · 2 granted 200 000 of 200 000 · 3 granted 200 000 of 500 000 ·
    /// 4 nothing · 5 granted 100 000 that lapsed unpaid (it holds nothing).
    static let folder = buildDatabase([
        ["partner", "add", "Vefsn Verksted AS", "--orgnr", "910000047", "--municipality", "Vefsn"],
        ["fund", "allocate", "--year", "2026", "5 000 000"],
        ["project", "add", "Paid", "--goal", "1.1", "--status", "active"],
        ["project", "add", "Granted", "--goal", "1.1", "--status", "active"],
        ["project", "add", "Partly", "--goal", "1.1", "--status", "active"],
        ["project", "add", "Nothing", "--goal", "1.1", "--status", "active"],
        ["project", "add", "Lapsed", "--goal", "1.1", "--status", "active"],
        ["assess", "1", "--date", "2026-01-05", "--direct-jobs", "4", "--feasibility", "4", "--request", "90 000"],
        ["assess", "2", "--date", "2026-01-05", "--direct-jobs", "4", "--feasibility", "4", "--request", "200 000"],
        ["assess", "3", "--date", "2026-01-05", "--direct-jobs", "4", "--feasibility", "4", "--request", "500 000"],
        ["assess", "4", "--date", "2026-01-05", "--direct-jobs", "4", "--feasibility", "4", "--request", "300 000"],
        ["assess", "5", "--date", "2026-01-05", "--direct-jobs", "4", "--feasibility", "4", "--request", "100 000"],
        ["grant", "apply", "--applicant", "910000047", "--project", "1", "--amount", "90 000", "--total-cost", "400 000",
         "--received", "2026-02-01", "--basis", "not-aid"],
        ["grant", "approve", "1", "--date", "2026-03-01"],
        ["grant", "pay", "1", "90 000", "--date", "2026-04-01"],
        ["grant", "apply", "--applicant", "910000047", "--project", "2", "--amount", "200 000", "--total-cost", "800 000",
         "--received", "2026-02-01", "--basis", "not-aid"],
        ["grant", "approve", "2", "--date", "2026-03-01"],
        ["grant", "apply", "--applicant", "910000047", "--project", "3", "--amount", "200 000", "--total-cost", "800 000",
         "--received", "2026-02-01", "--basis", "not-aid"],
        ["grant", "approve", "3", "--date", "2026-03-01"],
        ["grant", "apply", "--applicant", "910000047", "--project", "5", "--amount", "100 000", "--total-cost", "800 000",
         "--received", "2026-02-01", "--basis", "not-aid"],
        ["grant", "approve", "4", "--date", "2026-03-01", "--deadline", "2026-05-01"],
        ["grant", "lapse", "4", "--date", "2026-05-02"],
    ])

    private func json(_ arguments: [String]) throws -> Any {
        let run = try mon(arguments + ["--db", try copyDatabase(in: Self.folder), "--format", "json"])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return try run.json()
    }

    @Test func rankLeavesOutTheFundedAndShowsWhatEachWasGrantedAndPaid() throws {
        let rows = try #require(try json(["rank", "--as-of", "2026-11-27"]) as? [[String: Any]])
        #expect(rows.map { $0["project_id"] as? Int } == [5, 4, 3])
        #expect(rows.map { $0["rank"] as? Int } == [1, 2, 3])
        #expect(rows.map { $0["granted"] as? Double } == [100_000, 0, 200_000])
        #expect(rows.map { $0["paid"] as? Double } == [0, 0, 0])
    }

    @Test func includeFundedRanksEveryProject() throws {
        let rows = try #require(try json(["rank", "--as-of", "2026-11-27", "--include-funded"]) as? [[String: Any]])
        #expect(rows.map { $0["project_id"] as? Int } == [1, 5, 2, 4, 3])
        #expect(rows.first?["paid"] as? Double == 90_000)
    }

    @Test func aRankingBeforeTheGrantsProposesThemAll() throws {
        let rows = try #require(try json(["rank", "--as-of", "2026-02-15"]) as? [[String: Any]])
        #expect(rows.count == 5)
    }

    @Test func selectProposesNoFundedProjectAndAsksOnlyWhatIsUncovered() throws {
        // 960 000 kr would take the paid and the granted project whole if they were proposed.
        let selection = try #require(try json(["select", "--budget", "960 000", "--as-of", "2026-11-27"]) as? [String: Any])
        #expect((selection["selected"] as? [Int])?.sorted() == [3, 4, 5])
        // Project 3 asks 500 000 and holds 200 000: it counts 300 000; 4 asks 300 000; 5 holds nothing and asks 100 000.
        #expect(selection["total_request"] as? Double == 700_000)
        #expect(selection["optimal"] as? Bool == true)
    }

    @Test func selectWithIncludeFundedCountsWholeRequests() throws {
        let selection = try #require(try json(["select", "--budget", "390 000", "--as-of", "2026-11-27", "--include-funded"])
            as? [String: Any])
        #expect((selection["selected"] as? [Int])?.sorted() == [1, 2, 5])
        #expect(selection["total_request"] as? Double == 390_000)
    }

    @Test func selectTableShowsGrantedPaidAndRemainingInBokmal() throws {
        let run = try mon(["select", "--budget", "960 000", "--as-of", "2026-11-27", "--db", try copyDatabase(in: Self.folder)],
                          environment: ["MON_LANG": "nb"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("innvilget"))
        #expect(run.stdout.contains("regnet med"))
        let partly = try #require(run.stdout.split(separator: "\n").first { $0.contains("Partly") })
        #expect(partly.contains("500 000 kr") && partly.contains("200 000 kr") && partly.contains("300 000 kr"))
    }
}
