import Foundation
import Testing
import TestSupport

/// Plans beside each other: import and export in YAML, which plan is current,
/// and goal codes that two plans share.
@Suite struct PlanCommandTests {
    /// A small 2025–2028 plan that reuses the 2021–2024 plan's goal codes 1.1 and 2.5.
    static let newPlan = """
        title: Næringsplan 2025–2028
        municipality: Vefsn
        first_year: 2025
        last_year: 2028
        adopted: 2025-06-19
        focus_areas:
        - number: 1
          title: Slagkraft
          goals:
          - code: '1.1'
            title: Nye etableringer.
            strategies:
            - code: 1.1a
              text: Tilrettelegge arealer.
            indicators:
            - key: establishments
              name: Nye etableringer
              unit: bedrifter
              baseline: {year: 2024, value: 2}
              target: {year: 2028, value: 10}
        - number: 2
          title: Fellesskap
          goals:
          - code: '2.5'
            title: Signalprosjekter.
        """

    /// The folder with a database holding one project on goal 1.1 of the 2021–2024 plan, and plan files.
    static let folder = buildDatabase([["project", "add", "Gammelt prosjekt", "--goal", "1.1", "--strategy", "1.1a"]]) { folder in
        try newPlan.write(toFile: folder + "/new.yaml", atomically: true, encoding: .utf8)
        for (name, text) in broken {
            try text.write(toFile: folder + "/\(name).yaml", atomically: true, encoding: .utf8)
        }
    }

    /// Each broken file, and the line and reason its refusal names.
    static let broken: [(String, String)] = [
        ("duplicate-goal", newPlan.replacingOccurrences(of: "code: '2.5'", with: "code: '1.1'")),
        ("goal-outside-area", newPlan.replacingOccurrences(of: "code: '2.5'", with: "code: '3.5'")),
        ("unknown-key", newPlan.replacingOccurrences(of: "adopted: 2025-06-19", with: "adoptd: 2025-06-19")),
        ("period-backwards", newPlan.replacingOccurrences(of: "last_year: 2028", with: "last_year: 2023")),
        ("not-yaml", newPlan.replacingOccurrences(of: "title: Slagkraft", with: "title: Slagkraft: 'x")),
        ("aliases", "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + (Array("bcdef").map(String.init)).enumerated().map { index, name in
            let previous = index == 0 ? "a" : String(Array("bcdef")[index - 1])
            return "\(name): &\(name) [" + Array(repeating: "*" + previous, count: 10).joined(separator: ", ") + "]"
        }.joined(separator: "\n")),
        ("bad-year", newPlan.replacingOccurrences(of: "first_year: 2025", with: "first_year: 20250")),
        ("deep", "title: [" + String(repeating: "[", count: 100)),
        ("twice", newPlan.replacingOccurrences(of: "adopted: 2025-06-19", with: "adopted: 2025-06-19\nadopted: 2025-06-20")),
    ]

    static let refusals: [(file: String, reason: String)] = [
        ("duplicate-goal", "duplicate-goal.yaml, line 24: goal 1.1 stands twice in the plan"),
        ("goal-outside-area", "goal-outside-area.yaml, line 24: goal 3.5 stands under focus area 2"),
        ("unknown-key", "unknown-key.yaml, line 5: unknown key 'adoptd'; the keys here are title, municipality"),
        ("period-backwards", "period-backwards.yaml, line 4: the period ends in 2023, before it starts in 2025"),
        ("not-yaml", "not-yaml.yaml, line 8: this is not YAML that can be read"),
        ("aliases", "aliases.yaml, line 1: the plan file has more than 100 000 keys, values and items"),
        ("bad-year", "bad-year.yaml, line 3: a year must be 1900 to 2200, not 20250"),
        ("deep", "deep.yaml, line 1: brackets nest more than 64 deep"),
        ("twice", "twice.yaml, line 5: a key is given twice in one mapping: adopted"),
        ("new", "new.yaml, line 1: a plan named 'Næringsplan 2025–2028' is already in the database"),
    ]

    @Test(arguments: refusals)
    func aBrokenFileIsRefusedWholeWithItsLine(file: String, reason: String) throws {
        let db = try copyDatabase(in: Self.folder)
        if file == "new" { #expect(try mon(["plan", "import", Self.folder + "/new.yaml", "--db", db]).status == 0) }
        let before = try fileBytes(db)
        expectRefused(try mon(["plan", "import", Self.folder + "/\(file).yaml", "--db", db]), reason)
        #expect(try fileBytes(db) == before)
    }

    @Test func theSeededPlanExportsAndImportsToEqualContent() throws {
        let db = try copyDatabase(in: Self.folder)
        let folder = URL(fileURLWithPath: db).deletingLastPathComponent().path
        #expect(try mon(["plan", "export", "--plan", "1", "-o", folder + "/seed.yaml", "--db", db]).status == 0)
        // The same title is refused: a plan's name tells plans apart in every report.
        let before = try fileBytes(db)
        expectRefused(try mon(["plan", "import", folder + "/seed.yaml", "--db", db]),
                      "seed.yaml, line 2: a plan named 'Strategisk næringsplan for Vefsn kommune 2021–2024' is already")
        #expect(try fileBytes(db) == before)
        let imported = try mon(["plan", "import", folder + "/seed.yaml", "--title", "Kopi", "--format", "json", "--db", db])
        #expect((try imported.json() as? [String: Any])?["id"] as? Int == 2)

        let copy = try mon(["plan", "export", "--plan", "2", "--db", db]).stdout
        let original = try String(contentsOfFile: folder + "/seed.yaml", encoding: .utf8)
        let title = "Strategisk næringsplan for Vefsn kommune 2021–2024"
        #expect(copy == original.replacingOccurrences(of: title, with: "Kopi"))
        let shown = try mon(["plan", "show", "--plan", "2", "--format", "json", "--db", db]).json() as? [String: Any]
        let areas = shown?["focus_areas"] as? [[String: Any]] ?? []
        let goals = areas.flatMap { $0["goals"] as? [[String: Any]] ?? [] }
        #expect(areas.count == 3)
        #expect(goals.count == 16)
        #expect(goals.reduce(0) { $0 + ($1["strategies"] as? [Any] ?? []).count } == 51)
    }

    @Test func theSeededPlanIsOverOnTheDayButStillCurrentWhenNoneCovers() throws {
        let db = try copyDatabase(in: Self.folder)
        let list = try mon(["plan", "list", "--as-of", "2026-11-27", "--format", "json", "--db", db]).json() as? [[String: Any]]
        #expect(list?.count == 1)
        #expect(list?.first?["over"] as? Bool == true)
        #expect(list?.first?["current"] as? Bool == true)
        #expect(list?.first?["period"] as? String == "2021–2024")

        let shown = try mon(["plan", "show", "--as-of", "2026-11-27", "--db", db])
        #expect(shown.status == 0)
        #expect(shown.stderr == "warning: no plan covers 2026-11-27: this is the newest, Strategisk næringsplan for Vefsn kommune 2021–2024, whose period ended in 2024\n")
        let norwegian = try mon(["plan", "coverage", "--as-of", "27.11.2026", "--db", db], environment: ["MON_LANG": "nb"])
        #expect(norwegian.stderr.hasPrefix("warning: ingen plan gjelder 27.11.2026: dette er den nyeste"))
        #expect(try mon(["plan", "show", "--as-of", "2023-05-01", "--db", db]).stderr.isEmpty)

        #expect(try mon(["plan", "import", Self.folder + "/new.yaml", "--db", db]).status == 0)
        let both = try mon(["plan", "list", "--as-of", "2026-11-27", "--format", "json", "--db", db]).json() as? [[String: Any]]
        #expect(both?.map { $0["current"] as? Bool } == [false, true])
        #expect(both?.map { $0["over"] as? Bool } == [true, false])
        #expect(both?.last?["adopted"] as? String == "2025-06-19")
        #expect(try mon(["plan", "show", "--as-of", "2026-11-27", "--db", db]).stderr.isEmpty)
    }

    /// With plans 2021–2024 and 2025–2028, the newer is current on every day from 2025 on.
    @Test func goalCodesGoToTheCurrentPlanAndPlanReachesTheOther() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(["plan", "import", Self.folder + "/new.yaml", "--db", db]).status == 0)
        func goals(_ project: String) throws -> [String] {
            let shown = try mon(["project", "show", project, "--format", "json", "--db", db]).json() as? [String: Any]
            return (shown?["goals"] as? [[String: Any]] ?? []).map {
                "\($0["plan"] as? Int ?? 0):\($0["code"] as? String ?? "")\($0["primary"] as? Bool == true ? "*" : "")"
            }
        }
        // The project made under the first plan keeps its goal there.
        #expect(try goals("1") == ["1:1.1*"])
        #expect(try mon(["project", "add", "Nytt prosjekt", "--goal", "1.1", "--db", db]).stdout == "2\n")
        #expect(try goals("2") == ["2:1.1*"])
        // A list by code finds the current plan's goal only.
        let listed = try mon(["project", "list", "--goal", "1.1", "--format", "json", "--db", db]).json() as? [[String: Any]]
        #expect(listed?.map { $0["id"] as? Int } == [2])

        // --goal without --plan: the current plan's 1.1, beside the first plan's; the primary goal stays.
        #expect(try mon(["project", "update", "1", "--goal", "2.5", "--db", db]).status == 0)
        #expect(try goals("1") == ["1:1.1*", "2:2.5"])
        #expect(try mon(["project", "update", "1", "--goal", "1.3", "--strategy", "1.3a", "--plan", "1", "--db", db]).status == 0)
        #expect(try goals("1") == ["1:1.3*", "2:2.5"])
        expectRefused(try mon(["project", "update", "1", "--goal", "1.3", "--db", db]), "there is no goal '1.3'")
        expectRefused(try mon(["project", "update", "1", "--goal", "1.1", "--plan", "9", "--db", db]), "there is no plan 9")

        let uncovered = try mon(["plan", "coverage", "--plan", "1", "--format", "json", "--db", db]).json() as? [[String: Any]]
        #expect(uncovered?.contains { $0["code"] as? String == "1.1" } == true)
    }

    /// Goal codes repeat from plan to plan: under the new plan's goal 1.1 the report counts
    /// the projects made under that plan, not those of the old plan's 1.1.
    @Test func theReportCountsUnderAGoalOnlyTheProjectsOfItsPlan() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(["project", "add", "Aktivt gammelt", "--goal", "1.1", "--status", "active", "--db", db]).status == 0)
        func projects(on code: String) throws -> Int? {
            let report = try mon(["report", "--format", "json", "--db", db]).json() as? [String: Any]
            return (report?["goals"] as? [[String: Any]])?.first { $0["code"] as? String == code }?["projects"] as? Int
        }
        #expect(try projects(on: "1.1") == 1)
        #expect(try mon(["plan", "import", Self.folder + "/new.yaml", "--db", db]).status == 0)
        #expect(try projects(on: "1.1") == 0)
        #expect(try mon(["project", "add", "Aktivt nytt", "--goal", "1.1", "--status", "active", "--db", db]).status == 0)
        #expect(try mon(["project", "add", "Planlagt nytt", "--goal", "1.1", "--status", "planned", "--db", db]).status == 0)
        #expect(try projects(on: "1.1") == 2)
    }
}
