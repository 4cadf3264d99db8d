import Foundation
import Testing
import TestSupport

@Suite struct DemoTests {
    @Test func theDemoPrintsARankedPortfolioAndABalancedFund() throws {
        let run = try mon(["demo"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Ringvirkning ranking:"))
        #expect(run.stdout.contains("Kommunalt næringsfond"))
        let json = try #require(try mon(["demo", "--format", "json"]).json() as? [String: Any])
        let ranking = try #require(json["ranking"] as? [[String: Any]])
        #expect((15...25).contains(ranking.count))
        #expect(ranking.map { $0["rank"] as? Int } == Array(1...ranking.count))
        let scores = ranking.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        let fund = try #require((json["fund_status"] as? [[String: Any]])?.first)
        let figures = try ["allocated", "committed", "disbursed", "available"].map { try #require(fund[$0] as? Double) }
        #expect(abs(figures[1] + figures[2] + figures[3] - figures[0]) < 0.001)
        #expect(figures[3] >= 0)
    }

    @Test func theDemoInAFileHasGrantsInEveryStateAndPassesTheDoctor() throws {
        let db = try makeTemporaryFolder() + "/demo.sqlite"
        #expect(try mon(["demo", "--db", db]).status == 0)
        let statuses = try mon(["sql", "SELECT DISTINCT status FROM grant ORDER BY status", "--format", "csv", "--db", db]).stdout
        #expect(statuses == "status\r\napplied\r\napproved\r\nclosed\r\nlapsed\r\npaid\r\nrejected\r\nrepaid\r\nwithdrawn\r\n")
        let partlyPaid = try mon(["grant", "list", "--status", "approved", "--db", db]).stdout
        #expect(partlyPaid.contains("partly paid"))
        let areas = try mon(["sql", "SELECT count(DISTINCT focus_area) AS n FROM plan_strategy JOIN project_strategy USING (strategy_id)",
                             "--format", "csv", "--db", db]).stdout
        #expect(areas == "n\r\n3\r\n")
        #expect(try mon(["doctor", "--db", db]).status == 0)
        // A file that already holds data is not filled again.
        let again = try mon(["demo", "--db", db])
        #expect(again.status == 1)
        #expect(again.stderr == "error: \(db) already holds projects or partners: the demo loads into a new database\n")
    }
}

@Suite struct ScoringCommandTests {
    let db: String

    init() throws {
        db = try makeTemporaryFolder() + "/scoring.sqlite"
        for step in [
            ["init"],
            ["project", "add", "Godsterminal", "--goal", "1.5", "--status", "active"],
            ["project", "add", "ByLab", "--goal", "3.4", "--status", "planned"],
            ["project", "add", "Laksetrapper", "--goal", "2.5", "--status", "active"],
            ["assess", "1", "--date", "2024-01-10", "--direct-jobs", "0", "--sector", "industry", "--attractiveness", "3", "--green", "2",
             "--innovation", "4", "--visibility", "1", "--collaboration", "5", "--feasibility", "4", "--request", "300 000"],
            ["assess", "2", "--date", "2024-01-10", "--direct-jobs", "80", "--competence-jobs", "30", "--priority-jobs", "40",
             "--sector", "industry", "--attractiveness", "5", "--green", "5", "--innovation", "5", "--visibility", "5",
             "--collaboration", "5", "--feasibility", "5", "--request", "1 000 000"],
            ["assess", "3", "--date", "2024-01-10", "--direct-jobs", "10", "--competence-jobs", "4", "--priority-jobs", "3",
             "--sector", "knowledge", "--attractiveness", "2", "--green", "3", "--innovation", "4", "--visibility", "2",
             "--collaboration", "3", "--feasibility", "3", "--request", "200 000"],
        ] {
            let run = try mon(step + ["--db", db])
            #expect(run.status == 0, "\(step): \(run.stderr)")
        }
    }

    /// 1.5 × 5.2 is 7.800000000000001 in binary arithmetic: programs get 7.8, not the noise.
    @Test func numbersForProgramsCarryNoArithmeticNoise() throws {
        let demo = try makeTemporaryFolder() + "/demo.sqlite"
        #expect(try mon(["demo", "--db", demo]).status == 0)
        for format in ["csv", "json"] {
            let out = try mon(["rank", "--include-funded", "--explain", "--format", format, "--db", demo]).stdout
            #expect(out.range(of: #"\d\.\d*(0000000000|9999999999)\d"#, options: .regularExpression) == nil, "\(format): \(out.prefix(400))")
            #expect(out.contains("7.8"), "\(format)")
        }
    }

    @Test func rankHasTheDesignedShapeAndTheHandComputedScores() throws {
        let ranking = try #require(try mon(["rank", "--format", "json", "--db", db]).json() as? [[String: Any]])
        #expect(ranking.map { $0["project_id"] as? Int } == [2, 3, 1])
        let keys: Set<String> = ["rank", "project_id", "name", "score", "request", "jobs_total", "population_effect", "granted", "paid",
                                 "breakdown"]
        #expect(ranking.allSatisfy { Set($0.keys) == keys })
        #expect(abs((ranking[0]["score"] as? Double ?? 0) - 97.5) < 1e-9)
        #expect(abs((ranking[1]["score"] as? Double ?? 0) - 31.323256482616458) < 1e-9)
        #expect(abs((ranking[2]["score"] as? Double ?? 0) - 24.8) < 1e-9)
        #expect(ranking[0]["request"] as? Int == 1_000_000)
        #expect(ranking[0]["jobs_total"] as? Int == 120)
        #expect(ranking[0]["population_effect"] as? Int == 180)
        let breakdown = try #require(ranking[1]["breakdown"] as? [String: [String: Double]])
        #expect(Set(breakdown.keys) == ["jobs", "competence", "attractiveness", "priority", "green", "innovation", "visibility", "collaboration"])
        #expect(breakdown["innovation"] == ["value": 4, "score": 4, "weight": 10, "points": 4.8])
        #expect(abs(breakdown.values.reduce(0) { $0 + ($1["points"] ?? 0) } - 31.323256482616458) < 1e-9)
        #expect(try mon(["rank", "--top", "1", "--format", "csv", "--db", db]).stdout.split(separator: "\r\n").count == 2)
        let explained = try mon(["rank", "--explain", "--db", db]).stdout
        #expect(explained.contains("#1 ByLab: 97.50 points, each criterion's weight × score × 0.20 × feasibility 5/5 (× 1.00); 120.00 jobs in all = 80.00 direct × 1.50, the multiplier of industry; population effect 180.00"))
    }

    @Test func rankAsOfAnEarlierDayStaysAsItWas() throws {
        let before = try mon(["rank", "--as-of", "2024-02-01", "--format", "json", "--db", db]).stdout
        #expect(try mon(["weights", "set", "jobs=0", "attractiveness=60", "--db", db]).status == 0)
        #expect(try mon(["assess", "1", "--date", "2024-03-01", "--direct-jobs", "100", "--sector", "industry", "--feasibility", "5",
                         "--attractiveness", "5", "--db", db]).status == 0)
        #expect(try mon(["rank", "--as-of", "2024-02-01", "--format", "json", "--db", db]).stdout == before)
        let now = try #require(try mon(["rank", "--format", "json", "--db", db]).json() as? [[String: Any]])
        // The new weights and project 1's new assessment move it from last to second.
        #expect(now.map { $0["project_id"] as? Int } == [2, 1, 3])
        let weights = try #require(try mon(["weights", "show", "--format", "json", "--db", db]).json() as? [String: Any])
        #expect(weights["version"] as? Int == 2)
        #expect((weights["weights"] as? [String: Double])?["attractiveness"] == 60)
        let old = try #require(try mon(["weights", "show", "--as-of", "2024-02-01", "--format", "json", "--db", db]).json() as? [String: Any])
        #expect((old["weights"] as? [String: Double])?["attractiveness"] == 20)
    }

    @Test func selectHasTheDesignedShape() throws {
        let selection = try #require(try mon(["select", "--budget", "1 250 000", "--format", "json", "--db", db]).json() as? [String: Any])
        #expect(Set(selection.keys) == ["budget", "selected", "total_request", "total_score", "optimal"])
        #expect(selection["budget"] as? Int == 1_250_000)
        #expect(selection["selected"] as? [Int] == [2, 3])
        #expect(selection["total_request"] as? Int == 1_200_000)
        #expect(abs((selection["total_score"] as? Double ?? 0) - (97.5 + 31.323256482616458)) < 1e-9)
        #expect(selection["optimal"] as? Bool == true)
        let forced = try #require(try mon(["select", "--budget", "1 250 000", "--require", "1", "--format", "json", "--db", db]).json() as? [String: Any])
        #expect(forced["selected"] as? [Int] == [1, 3])
        let area = try #require(try mon(["select", "--budget", "1 250 000", "--min-area", "1=1", "--exclude", "3", "--format", "json", "--db", db]).json() as? [String: Any])
        #expect(area["selected"] as? [Int] == [1])
        let frontier = try mon(["select", "--budget", "1 500 000", "--frontier", "3", "--format", "csv", "--db", db]).stdout
        #expect(frontier.hasPrefix("budget,total_score,total_request,projects,optimal\r\n500000,56.1232564826165,500000,2,true\r\n1000000,97.5,1000000,1,true\r\n"))
    }

    @Test func sensitivityWithSpreadZeroIsCertain() throws {
        let rows = try #require(try mon(["rank", "--sensitivity", "--spread", "0", "--runs", "20", "--top", "1", "--format", "json",
                                         "--db", db]).json() as? [[String: Any]])
        for row in rows {
            let rank = row["rank"] as? Int
            #expect(row["p5"] as? Int == rank && row["p95"] as? Int == rank)
            #expect(row["top_chance"] as? Double == (rank == 1 ? 1 : 0))
        }
        let seeded = try mon(["rank", "--sensitivity", "--spread", "0.9", "--seed", "3", "--format", "json", "--db", db]).stdout
        #expect(try mon(["rank", "--sensitivity", "--spread", "0.9", "--seed", "3", "--format", "json", "--db", db]).stdout == seeded)
    }

    static let refusals: [(arguments: [String], reason: String)] = [
        (["assess", "1", "--direct-jobs=-1", "--feasibility", "3"], "direct jobs must be 0 to 100 000, not -1"),
        (["assess", "1", "--direct-jobs", "5", "--competence-jobs", "6", "--feasibility", "3"], "competence jobs (6) must be between 0 and the direct jobs (5)"),
        (["assess", "1", "--direct-jobs", "5", "--priority-jobs", "9", "--feasibility", "3"], "priority jobs (9) must be between"),
        (["assess", "1", "--direct-jobs", "5", "--green", "6", "--feasibility", "3"], "green is scored 0–5, not 6"),
        (["assess", "1", "--direct-jobs", "5", "--feasibility", "7"], "feasibility is scored 0–5, not 7"),
        (["assess", "1", "--direct-jobs", "5", "--feasibility", "3", "--sector", "mining"], "'mining' is not a sector"),
        (["assess", "1", "--direct-jobs", "5", "--feasibility", "3", "--request", "1e6"], "'1e6' is not an amount"),
        (["assess", "9", "--direct-jobs", "5", "--feasibility", "3"], "there is no project 9"),
        (["assess", "1", "--direct-jobs", "5", "--feasibility", "3", "--date", "2024-02-30"], "has no day 30"),
        (["weights", "set", "speed=10"], "'speed' is not a criterion"),
        (["weights", "set", "jobs=-5"], "the weight of jobs must be 0 to 100, not -5"),
        (["weights", "set", "jobs=ten"], "'ten' is not a number for jobs"),
        (["weights", "set", "jobs=30", "--from", "2024-01-01"], "a new model version starts today or later"),
        (["weights", "set", "jobs=0", "competence=0", "attractiveness=0", "priority=0", "green=0", "innovation=0", "visibility=0",
          "collaboration=0"], "at least one weight must be above 0"),
        (["select", "--budget", "100 000", "--require", "2"], "the required projects ask for 1 000 000 kr, more than the budget of 100 000 kr"),
        (["select", "--budget", "5 000 000", "--require", "1", "--exclude", "1"], "cannot be both required and excluded"),
        (["select", "--budget", "5 000 000", "--require", "7"], "project 7 is not among those to select from: it has no assessment"),
        (["select", "--budget", "5 000 000", "--min-area", "1=2"], "no set of assessed projects fits 5 000 000 kr and meets the minimum per focus area (area 1: 2)"),
        (["select", "--budget", "5,00,0"], "is not an amount"),
        (["select", "--budget", "5 000 000", "--frontier", "0"], "--frontier must be 1 to 1 000 steps, not 0"),
        (["rank", "--as-of", "i går"], "is not a date"),
        (["rank", "--sensitivity", "--spread", "1.5"], "--spread must be at least 0 and below 1"),
        (["rank", "--sensitivity", "--runs", "0"], "--runs must be 1 to 100 000, not 0"),
    ]

    @Test(arguments: refusals)
    func refusesBadInputAndWritesNothing(arguments: [String], reason: String) throws {
        let before = try fileBytes(db)
        let run = try mon(arguments + ["--db", db])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(run.stderr.hasPrefix("error: ") && run.stderr.contains(reason), "\(run.stderr)")
        #expect(try fileBytes(db) == before)
    }
}
