import Foundation
import Testing
import TestSupport

/// `mon result` and `mon results` on a scripted portfolio whose every figure is worked out by hand below.
///
/// | project | goal | sector | adviser | estimate (basis) | latest result | completed |
/// |---|---|---|---|---|---|---|
/// | 1 Sagbruk | 1.1 | industry | ann | 10 / comp 2 / prio 3 (granted 2024-03-01; a later 20 ignored) | 8 / 2 / 1 | yes |
/// | 2 Fiskemottak | 1.1 | industry | ann | 5 (latest) | 6 (dated after the 9 recorded later) | yes |
/// | 3 Hotell | 1.2 | tourism | bob | 4 (latest) | 6 | no |
/// | 4 Kontor | 1.2 | knowledge | bob | 0 (latest) | 2 | yes |
/// | 5 Verksted | 2.1 | primary | carl | 2 (latest) | 3 | yes |
/// | 6 Naust | 2.1 | primary | carl | 4 (latest) | 6 | yes |
@Suite struct ResultCommandTests {
    /// Assessments by their advisers, made after `steps` (whose actor `buildDatabase` sets to `fixture`).
    static let assessments: [(adviser: String, step: [String])] = [
        ("ann", ["assess", "1", "--direct-jobs", "10", "--competence-jobs", "2", "--priority-jobs", "3",
                 "--sector", "industry", "--feasibility", "4", "--date", "2024-01-01"]),
        ("ann", ["assess", "1", "--direct-jobs", "20", "--sector", "industry", "--feasibility", "4", "--date", "2024-06-01"]),
        ("ann", ["assess", "2", "--direct-jobs", "5", "--sector", "industry", "--feasibility", "3", "--date", "2024-01-01"]),
        ("bob", ["assess", "3", "--direct-jobs", "4", "--sector", "tourism", "--feasibility", "3", "--date", "2024-01-01"]),
        ("bob", ["assess", "4", "--direct-jobs", "0", "--sector", "knowledge", "--feasibility", "3", "--date", "2024-01-01"]),
        ("carl", ["assess", "5", "--direct-jobs", "2", "--sector", "primary", "--feasibility", "3", "--date", "2024-01-01"]),
        ("carl", ["assess", "6", "--direct-jobs", "4", "--sector", "primary", "--feasibility", "3", "--date", "2024-01-01"]),
    ]

    static let folder: String = {
        let folder = buildDatabase(steps)
        for (actor, step) in assessments + results.map({ ("fixture", $0) }) {
            guard let run = try? mon(step + ["--db", folder + "/mon.sqlite", "--actor", actor]), run.status == 0 else {
                fatalError("fixture step \(step) failed")
            }
        }
        return folder
    }()

    static let steps: [[String]] = [
        ["partner", "add", "Sagbruket AS", "--orgnr", "910000004"],
        ["fund", "allocate", "--year", "2024", "1 000 000"],
        ["project", "add", "Sagbruk", "--goal", "1.1"], ["project", "add", "Fiskemottak", "--goal", "1.1"],
        ["project", "add", "Hotell", "--goal", "1.2"], ["project", "add", "Kontor", "--goal", "1.2"],
        ["project", "add", "Verksted", "--goal", "2.1"], ["project", "add", "Naust", "--goal", "2.1"],
        ["grant", "apply", "--applicant", "910000004", "--amount", "100 000", "--total-cost", "400 000", "--received", "2024-02-01",
         "--basis", "not-aid", "--project", "1"],
        ["grant", "approve", "1", "--date", "2024-03-01"],
    ]

    /// Results after the assessments, so that the later assessment of project 1 is there too.
    static let results: [[String]] = [
        ["result", "record", "1", "--date", "2025-06-30", "--jobs", "8", "--competence-jobs", "2", "--priority-jobs", "1", "--completed"],
        ["result", "record", "2", "--date", "2025-12-31", "--jobs", "6", "--completed"],
        ["result", "record", "2", "--date", "2025-01-01", "--jobs", "9"],
        ["result", "record", "3", "--date", "2025-06-30", "--jobs", "6"],
        ["result", "record", "4", "--date", "2025-06-30", "--jobs", "2", "--completed"],
        ["result", "record", "5", "--date", "2025-06-30", "--jobs", "3", "--completed"],
        ["result", "record", "6", "--date", "2025-06-30", "--jobs", "6", "--completed", "--establishments", "1",
         "--private-capital", "1 250 000,50", "--other-public", "300 000", "--note", "Naustet står"],
    ]

    func json(_ arguments: [String]) throws -> Any {
        let run = try mon(arguments + ["--db", try copyDatabase(in: Self.folder), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        return try run.json()
    }

    func rows(_ value: Any?, by key: String = "project_id") -> [String: [String: Any]] {
        Dictionary(uniqueKeysWithValues: ((value as? [[String: Any]]) ?? []).map { ("\($0[key] ?? "")", $0) })
    }

    @Test func eachProjectBesideTheEstimateItsMoneyWasGrantedOn() throws {
        let summary = try #require(try json(["results"]) as? [String: Any])
        let projects = rows(summary["projects"])
        #expect(projects.count == 6)
        #expect(projects["1"]?["estimate_basis"] as? String == "granted")
        #expect(projects["1"]?["estimated_on"] as? String == "2024-01-01")
        #expect(projects["1"]?["direct_jobs_estimated"] as? Double == 10)
        #expect(projects["1"]?["direct_jobs_real"] as? Double == 8)
        #expect(projects["1"]?["competence_jobs_real"] as? Double == 2)
        #expect(projects["1"]?["priority_jobs_estimated"] as? Double == 3)
        #expect(projects["1"]?["priority_jobs_real"] as? Double == 1)
        #expect(projects["1"]?["ratio"] as? Double == 0.8)
        #expect(projects["2"]?["estimate_basis"] as? String == "latest")
        #expect(projects["2"]?["result_on"] as? String == "2025-12-31")
        #expect(projects["2"]?["direct_jobs_real"] as? Double == 6)
        #expect(projects["2"]?["ratio"] as? Double == 1.2)
        #expect(projects["3"]?["ratio"] as? Double == 1.5)
        #expect(projects["3"]?["completed"] as? Bool == false)
        #expect(projects["4"]?["ratio"] is NSNull, "an estimate of 0 gives no ratio, not inf")
        #expect(projects["4"]?["assessed_by"] as? String == "bob")
    }

    @Test func sumsPerGoalAndSectorGiveTheRatioOfTheSums() throws {
        let summary = try #require(try json(["results"]) as? [String: Any])
        let goals = rows(summary["goals"], by: "goal")
        #expect(goals["1.1"]?["projects"] as? Int == 2)
        #expect(goals["1.1"]?["direct_jobs_estimated"] as? Double == 15)
        #expect(goals["1.1"]?["direct_jobs_real"] as? Double == 14)
        #expect(goals["1.1"]?["ratio"] as? Double == 0.933333)
        #expect(goals["1.2"]?["direct_jobs_estimated"] as? Double == 4)
        #expect(goals["1.2"]?["direct_jobs_real"] as? Double == 8)
        #expect(goals["1.2"]?["ratio"] as? Double == 2)
        #expect(goals["2.1"]?["ratio"] as? Double == 1.5)
        let sectors = rows(summary["sectors"], by: "sector")
        #expect(Set(sectors.keys) == ["industry", "tourism", "knowledge", "primary"])
        #expect(sectors["industry"]?["ratio"] as? Double == 0.933333)
        #expect(sectors["tourism"]?["ratio"] as? Double == 1.5)
        #expect(sectors["knowledge"]?["ratio"] is NSNull)
        #expect(sectors["primary"]?["direct_jobs_real"] as? Double == 9)
    }

    @Test func filtersByGoalAndSector() throws {
        let byGoal = try #require(try json(["results", "--goal", "1.2"]) as? [String: Any])
        #expect(Set(rows(byGoal["projects"]).keys) == ["3", "4"])
        let bySector = try #require(try json(["results", "--sector", "primær"]) as? [String: Any])
        #expect(Set(rows(bySector["projects"]).keys) == ["5", "6"])
        let byPlan = try #require(try json(["results", "--plan", "1", "--goal", "2.1"]) as? [String: Any])
        #expect(Set(rows(byPlan["projects"]).keys) == ["5", "6"])
    }

    @Test func calibratesPerSectorWithABootstrapIntervalAndPerAdviser() throws {
        let calibration = try #require(try json(["results", "calibrate"]) as? [String: Any])
        #expect(calibration["seed"] as? Int == 2021)
        #expect(calibration["model_unchanged"] as? Bool == true)
        let sectors = rows(calibration["sectors"], by: "sector")
        #expect(sectors.count == 8)
        // industry: projects 1 (10 → 8) and 2 (5 → 6): 14 ÷ 15. Two projects resampled give 8/10, 16/20 = 0.8,
        // 12/10 = 1.2 or 14/15, a quarter each way round: the 5th percentile is 0.8 and the 95th 1.2.
        #expect(sectors["industry"]?["projects"] as? Int == 2)
        #expect(sectors["industry"]?["ratio"] as? Double == 0.933333)
        #expect(sectors["industry"]?["interval_low"] as? Double == 0.8)
        #expect(sectors["industry"]?["interval_high"] as? Double == 1.2)
        #expect(sectors["industry"]?["supported_multiplier"] as? Double == 1.4)
        // primary: both projects delivered 1.5 times the estimate, so every resample does.
        #expect(sectors["primary"]?["interval_low"] as? Double == 1.5)
        #expect(sectors["primary"]?["interval_high"] as? Double == 1.5)
        #expect(sectors["primary"]?["supported_multiplier"] as? Double == 1.95)
        #expect(sectors["tourism"]?["evidence"] as? String == "none", "project 3 is not completed")
        #expect(sectors["tourism"]?["ratio"] is NSNull)
        #expect(sectors["knowledge"]?["evidence"] as? String == "nothing_estimated")
        let advisers = rows(calibration["advisers"], by: "adviser")
        #expect(advisers["ann"]?["mean_error"] as? Double == -0.5)
        #expect(advisers["ann"]?["projects"] as? Int == 2)
        #expect(advisers["bob"]?["mean_error"] as? Double == 2)
        #expect(advisers["carl"]?["mean_error"] as? Double == 1.5)
    }

    @Test func theIntervalIsTheSeededResamplingsPercentiles() throws {
        for seed: UInt64 in [1, 7, 2021] {
            let calibration = try #require(try json(["results", "calibrate", "--seed", "\(seed)", "--samples", "40"]) as? [String: Any])
            let industry = rows(calibration["sectors"], by: "sector")["industry"]
            let expected = Self.bootstrap([(10, 8), (5, 6)], seed: seed, samples: 40)
            #expect(industry?["interval_low"] as? Double == (expected.low * 1000).rounded() / 1000)
            #expect(industry?["interval_high"] as? Double == (expected.high * 1000).rounded() / 1000)
        }
    }

    @Test func aSectorWithNoCompletedProjectSaysSo() throws {
        let run = try mon(["results", "calibrate", "--db", try copyDatabase(in: Self.folder)])
        let tourism = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("tourism") })
        #expect(tourism.contains("no completed project — no evidence"))
        #expect(run.stdout.contains("The model is unchanged"))
        let norsk = try mon(["results", "calibrate", "--db", try copyDatabase(in: Self.folder)], environment: ["MON_LANG": "nb"])
        #expect(norsk.stdout.contains("ingen fullførte prosjekter — ikke noe grunnlag"))
    }

    @Test func theBoardReportSetsEstimatesAgainstResults() throws {
        let report = try #require(try json(["report"]) as? [String: Any])
        let section = try #require(report["estimated_against_achieved"] as? [String: Any])
        let goals = rows(section["goals"], by: "goal")
        #expect(goals["1.1"]?["direct_jobs_estimated"] as? Double == 15)
        #expect(goals["1.1"]?["direct_jobs_real"] as? Double == 14)
        #expect(goals["1.2"]?["ratio"] as? Double == 2)
        #expect(rows(section["projects"], by: "name")["Sagbruk"]?["estimate_basis"] as? String == "granted")
        let markdown = try mon(["report", "--db", try copyDatabase(in: Self.folder)]).stdout
        #expect(markdown.contains("## Anslått mot oppnådd"))
        #expect(markdown.contains("| Sagbruk | 1.1 | industri | ved tilsagn | 10,0 | 8,0 | 0,800 | ja |"))
        #expect(markdown.contains("| Sum | 6 | 25,0 | 31,0 | 1,240 |"))
        let html = try mon(["report", "--format", "html", "--db", try copyDatabase(in: Self.folder)]).stdout
        #expect(html.contains(#"<td class="num" data-figure="direct_jobs_real" data-value="14">14,0</td>"#))
        let empty = try mon(["report", "--db", try copyDatabase(in: Fixture.folder)]).stdout
        #expect(empty.contains("Ingen prosjekter har registrert resultat ennå."))
    }

    @Test func everyResultIsListedWithWhoRecordedIt() throws {
        let list = try #require(try json(["result", "list", "6"]) as? [[String: Any]])
        #expect(list.count == 1)
        #expect(list[0]["private_capital"] as? Double == 1_250_000.5)
        #expect(list[0]["other_public"] as? Double == 300_000)
        #expect(list[0]["establishments"] as? Int == 1)
        #expect(list[0]["recorded_by"] as? String == "fixture")
        #expect(list[0]["note"] as? String == "Naustet står")
        let two = try #require(try json(["result", "list", "2"]) as? [[String: Any]])
        #expect(two.map { $0["result_on"] as? String } == ["2025-01-01", "2025-12-31"])
    }

    @Test func resultsAreAppendOnly() throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try fileBytes(db)
        for sql in ["UPDATE project_result SET direct_jobs = 1", "DELETE FROM project_result"] {
            let run = try mon([db, sql], binary: "/usr/bin/sqlite3")
            #expect(run.status != 0)
            #expect(run.stderr.contains("results are append-only"))
        }
        #expect(try fileBytes(db) == before)
    }

    @Test(arguments: [
        (["result", "record", "99", "--date", "2025-01-01", "--jobs", "1"], "there is no project 99"),
        (["result", "record", "1", "--date", "2025-01-01", "--jobs=-1"], "direct jobs must be 0 to 100 000, not -1"),
        (["result", "record", "1", "--date", "2025-01-01", "--jobs", "2", "--competence-jobs", "3"],
         "competence jobs (3) must be between 0 and the direct jobs (2)"),
        (["result", "record", "1", "--date", "30/06/2025", "--jobs", "1"], "'30/06/2025' is not a date"),
        (["result", "record", "1", "--date", "2025-01-01", "--jobs", "1,2,3"], "is not a number"),
        (["result", "record", "1", "--date", "2199-06-30", "--jobs", "3"], "it cannot be dated 2199-06-30, after today"),
        (["result", "list", "99"], "there is no project 99"),
        (["results", "--goal", "9.9"], "there is no goal '9.9'"),
        (["results", "--plan", "9"], "there is no plan 9"),
        (["results", "--sector", "fiske"], "'fiske' is not a sector"),
        (["results", "calibrate", "--samples", "0"], "--samples must be 1 to 100 000, not 0"),
    ])
    func refusalsWriteNothing(arguments: [String], reason: String) throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try fileBytes(db)
        expectRefused(try mon(arguments + ["--db", db]), reason)
        #expect(try fileBytes(db) == before)
    }

    /// The calibration's resampling worked again by hand: SplitMix64 from the seed, an index
    /// `next() mod count` per draw, the nearest-rank 5th and 95th percentiles of the ratios.
    static func bootstrap(_ pairs: [(estimated: Double, realised: Double)], seed: UInt64, samples: Int) -> (low: Double, high: Double) {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        var ratios: [Double] = []
        for _ in 0..<samples {
            let drawn = pairs.indices.map { _ in pairs[Int(next() % UInt64(pairs.count))] }
            ratios.append(drawn.reduce(0) { $0 + $1.realised } / drawn.reduce(0) { $0 + $1.estimated })
        }
        ratios.sort()
        func percentile(_ fraction: Double) -> Double { ratios[max(1, Int((fraction * Double(samples)).rounded(.up))) - 1] }
        return (percentile(0.05), percentile(0.95))
    }
}
