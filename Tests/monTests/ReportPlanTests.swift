import Foundation
import Testing
import TestSupport

/// The report for any year and any plan: years before the scoring model have no ranking and
/// say why; projects not yet on record are not counted; the plan's period is over or not.
@Suite struct ReportPlanTests {
    /// The demo portfolio, made once.
    static let demo: String = {
        do {
            let path = try makeTemporaryFolder() + "/demo.sqlite"
            let run = try mon(["demo", "--db", path])
            guard run.status == 0 else { fatalError("demo failed: \(run.stderr)") }
            return path
        } catch {
            fatalError("cannot make the demo: \(error)")
        }
    }()

    static let noRanking = "Ingen rangering: den første versjonen av poengmodellen gjelder fra 01.01.2021, etter rapportens dag 31.12."

    @Test(arguments: 2015...2030)
    func everyYearOfTheDemoReportsInEveryFormat(year: Int) throws {
        let beforeModel = year < 2021
        for format in ["markdown", "html", "json"] {
            let run = try mon(["report", "--year", "\(year)", "--format", format, "--db", Self.demo])
            #expect(run.status == 0, "\(year) \(format): \(run.stderr)")
            #expect(run.stderr.isEmpty)
            if format != "json" { #expect(run.stdout.contains(Self.noRanking + "\(year).") == beforeModel, "\(year) \(format)") }
        }
        let json = try #require(try mon(["report", "--year", "\(year)", "--format", "json", "--db", Self.demo]).json() as? [String: Any])
        #expect((json["ranking_model"] as? Int) == (beforeModel ? nil : 1))
        #expect((json["no_ranking"] as? String) == (beforeModel ? Self.noRanking + "\(year)." : nil))
    }

    /// No demo project was on record in 2019 (the first started in 2021); in 2021 those begun or granted then are.
    @Test func projectsNotYetOnRecordAreNotCounted() throws {
        func projects(_ year: Int) throws -> Int {
            let report = try mon(["report", "--year", "\(year)", "--format", "json", "--db", Self.demo]).json() as? [String: Any]
            return (report?["goals"] as? [[String: Any]] ?? []).reduce(0) { $0 + ($1["projects"] as? Int ?? 0) }
        }
        #expect(try projects(2019) == 0)
        // Begun or granted in 2021 and planned, active or completed now: projects 3, 5, 8, 9, 17, 21 (1 was granted in 2021 too).
        #expect(try projects(2021) == 7)
        #expect(try projects(2026) == 17)
    }

    @Test func aProjectEnteredNowButBegunEarlierCountsFromItsStart() throws {
        let db = try copyDatabase(in: Fixture.folder)
        #expect(try mon(["project", "add", "Nytt", "--goal", "1.2", "--status", "active", "--start", "2025-03-01", "--db", db]).status == 0)
        func projects(_ year: Int) throws -> Int? {
            let report = try mon(["report", "--year", "\(year)", "--format", "json", "--db", db]).json() as? [String: Any]
            return (report?["goals"] as? [[String: Any]])?.first { $0["code"] as? String == "1.2" }?["projects"] as? Int
        }
        #expect(try projects(2024) == 0)
        #expect(try projects(2025) == 1)
    }

    @Test func theSeededPlanIsOverIn2026AndNotIn2023() throws {
        func plan(_ year: Int, _ db: String = Self.demo, _ extra: [String] = []) throws -> [String: Any] {
            let report = try mon(["report", "--year", "\(year)", "--format", "json", "--db", db] + extra).json() as? [String: Any]
            return try #require(report?["plan"] as? [String: Any])
        }
        #expect(try plan(2026)["over"] as? Bool == true)
        #expect(try plan(2026)["first_year"] as? Int == 2021)
        #expect(try plan(2026)["last_year"] as? Int == 2024)
        #expect(try plan(2023)["over"] as? Bool == false)
        #expect(try mon(["report", "--year", "2026", "--db", Self.demo]).stdout
            .contains("\nPlanperioden 2021–2024 er over; ingen nyere plan er lastet inn.\n"))
        #expect(try mon(["report", "--year", "2023", "--db", Self.demo]).stdout.contains("\nPlanperioden 2021–2024 gjelder 31.12.2023.\n"))
        #expect(try mon(["report", "--year", "2026", "--format", "html", "--db", Self.demo]).stdout
            .contains(#"<p class="lead" id="plan-period">Planperioden 2021–2024 er over; ingen nyere plan er lastet inn.</p>"#))

        let db = try copyDatabase(in: IndicatorCommandTests.folder)
        #expect(try plan(2026, db, ["--plan", "1"])["current_plan"] as? Int == 2)
        #expect(try mon(["report", "--plan", "1", "--year", "2026", "--db", db]).stdout
            .contains("Planperioden 2021–2024 er over; gjeldende plan: Næringsplan 2025–2028 (2025–2028)."))
    }

    /// `--plan` reaches an imported plan; without it, the plan current at the report's year end.
    @Test func planReachesASecondImportedPlan() throws {
        let db = try copyDatabase(in: IndicatorCommandTests.folder)
        func report(_ arguments: [String]) throws -> [String: Any] {
            try #require(try mon(["report", "--format", "json", "--db", db] + arguments).json() as? [String: Any])
        }
        let second = try report(["--plan", "2", "--year", "2026"])
        #expect((second["plan"] as? [String: Any])?["name"] as? String == "Næringsplan 2025–2028")
        #expect((second["plan"] as? [String: Any])?["over"] as? Bool == false)
        #expect((second["goals"] as? [[String: Any]])?.map { $0["code"] as? String } == ["1.1", "2.5"])
        #expect((try report(["--year", "2023"])["plan"] as? [String: Any])?["id"] as? Int == 1)
        #expect((try report(["--year", "2026"])["plan"] as? [String: Any])?["id"] as? Int == 2)
        #expect(try mon(["report", "--plan", "2", "--db", db]).stdout.hasPrefix("# Resultatrapport: Næringsplan 2025–2028\n"))
        expectRefused(try mon(["report", "--plan", "9", "--db", db]), "there is no plan 9")
    }
}
