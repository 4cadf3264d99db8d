import Foundation
import Testing
import TestSupport

/// `mon indicator record` and `list`: a measured value a year, against the baseline and the
/// target of the plan, and the report's indicator section showing exactly what was recorded.
@Suite struct IndicatorCommandTests {
    /// The seeded plan, and the 2025–2028 plan of `PlanCommandTests` (plan 2, current from 2025) with its
    /// indicator `establishments` under goal 1.1: baseline 2 in 2024, target 10 in 2028.
    static let folder = buildDatabase([]) { folder in
        try PlanCommandTests.newPlan.write(toFile: folder + "/new.yaml", atomically: true, encoding: .utf8)
        let run = try mon(["plan", "import", folder + "/new.yaml", "--db", folder + "/mon.sqlite", "--actor", "fixture"])
        guard run.status == 0 else { fatalError("plan import failed: \(run.stderr)") }
    }

    private func listed(_ db: String, _ extra: [String] = []) throws -> [[String: Any]] {
        try #require(try mon(["indicator", "list", "--format", "json", "--db", db] + extra).json() as? [[String: Any]])
    }

    @Test func aRecordedValueIsListedWithItsStandingAndAYearHoldsOne() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(["indicator", "record", "establishments", "4", "--year", "2025", "--source", "Brønnøysund", "--db", db]).status == 0)
        #expect(try mon(["indicator", "record", "establishments", "7,5", "--year", "2026", "--db", db, "--actor", "kari"]).status == 0)
        let first = try #require(try listed(db).first)
        #expect(first["key"] as? String == "establishments")
        #expect(first["goal"] as? String == "1.1")
        #expect(first["baseline"] as? Double == 2)
        #expect(first["baseline_year"] as? Int == 2024)
        #expect(first["target"] as? Double == 10)
        #expect(first["target_year"] as? Int == 2028)
        #expect(first["latest"] as? Double == 7.5)
        #expect(first["latest_year"] as? Int == 2026)
        // 2 + (10 − 2) × 2/4 = 6 expected in 2026; 7,5 is past it.
        #expect(first["standing"] as? String == "on_track")
        let values = try #require(first["values"] as? [[String: Any]])
        #expect(values.map { $0["year"] as? Int } == [2025, 2026])
        #expect(values.map { $0["value"] as? Double } == [4, 7.5])
        #expect(values.map { $0["source"] as? String } == ["Brønnøysund", "kari"])

        // Recorded again for 2026: the value is replaced, and the history keeps the earlier one.
        #expect(try mon(["indicator", "record", "establishments", "5", "--year", "2026", "--db", db]).status == 0)
        let corrected = try #require(try listed(db).first)
        #expect((corrected["values"] as? [[String: Any]])?.map { $0["value"] as? Double } == [4, 5])
        #expect(corrected["standing"] as? String == "behind")
        let history = try mon(["sql", "SELECT action, json_extract(old_values, '$.value') AS old FROM history "
                               + "WHERE table_name = 'indicator_value' AND action = 'update'", "--format", "json", "--db", db]).json()
        #expect((history as? [[String: Any]])?.map { $0["old"] as? Double } == [7.5])

        // A year not yet begun has no measured value.
        let nextYear = Calendar.current.component(.year, from: Date()) + 1
        expectRefused(try mon(["indicator", "record", "establishments", "10", "--year", "\(nextYear)", "--db", db]),
                      "a measured value cannot be for \(nextYear), a year that has not begun")
        #expect(try mon(["indicator", "record", "establishments", "10,5", "--year", "2026", "--db", db]).status == 0)
        #expect(try listed(db).first?["standing"] as? String == "met")
        let norwegian = try mon(["indicator", "list", "--goal", "1.1", "--db", db], environment: ["MON_LANG": "nb"])
        #expect(norwegian.stdout.contains("mål nådd"))
        #expect(norwegian.stdout.contains("2025: 4; 2026: 10,5"))
        // Programs read the values with a decimal point whatever the reader's language.
        let csv = try mon(["indicator", "list", "--goal", "1.1", "--format", "csv", "--db", db], environment: ["MON_LANG": "nb"])
        #expect(csv.stdout.contains("2025: 4; 2026: 10.5"))
    }

    @Test func theListTakesAPlanAndAGoal() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try listed(db, ["--plan", "1"]).map { $0["key"] as? String } == ["population"])
        #expect(try listed(db, ["--plan", "1"]).first?["latest"] as? Double == 13278)
        #expect(try listed(db, ["--goal", "2.5"]).isEmpty)
        expectRefused(try mon(["indicator", "list", "--goal", "3.1", "--db", db]), "there is no goal '3.1' in Næringsplan 2025–2028")
    }

    static let refusals: [(arguments: [String], reason: String)] = [
        (["indicator", "record", "nope", "4", "--year", "2025"], "there is no indicator 'nope' in Næringsplan 2025–2028; `mon indicator list` shows them"),
        (["indicator", "record", "establishments", "4", "--year", "1800"], "a year must be 1900 to 2200, not 1800"),
        (["indicator", "record", "establishments", "4", "--year", "2201"], "a year must be 1900 to 2200, not 2201"),
        (["indicator", "record", "establishments", "1.250,5", "--year", "2025"], "is not a number"),
        (["indicator", "record", "establishments", "1e300", "--year", "2025"], "is not a number"),
        (["indicator", "record", "establishments", "4", "--year", "2025", "--plan", "9"], "there is no plan 9"),
        (["indicator", "record", "establishments", "4", "--year", "2025", "--plan", "1"], "there is no indicator 'establishments' in Strategisk"),
        (["indicator", "record", "establishments", "4", "--year", "2025", "--source", " "], "needs a name"),
    ]

    @Test(arguments: refusals)
    func isRefusedAndWritesNothing(arguments: [String], reason: String) throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try fileBytes(db)
        expectRefused(try mon(arguments + ["--db", db]), reason)
        #expect(try fileBytes(db) == before)
    }

    /// The report's section shows what was recorded, up to the report's year.
    @Test func theReportShowsTheRecordedValues() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(["indicator", "record", "establishments", "4", "--year", "2025", "--db", db]).status == 0)
        #expect(try mon(["indicator", "record", "establishments", "7,5", "--year", "2026", "--db", db]).status == 0)
        func indicator(_ year: String) throws -> [String: Any] {
            let report = try mon(["report", "--plan", "2", "--year", year, "--format", "json", "--db", db]).json() as? [String: Any]
            return try #require((report?["indicators"] as? [[String: Any]])?.first { $0["key"] as? String == "establishments" })
        }
        let whole = try indicator("2026")
        #expect((whole["values"] as? [[String: Any]])?.map { $0["value"] as? Double } == [4, 7.5])
        #expect((whole["latest"] as? [String: Any])?["value"] as? Double == 7.5)
        #expect((whole["baseline"] as? [String: Any])?["year"] as? Int == 2024)
        #expect((whole["target"] as? [String: Any])?["value"] as? Double == 10)
        #expect(whole["standing"] as? String == "on_track")
        #expect((try indicator("2025")["values"] as? [[String: Any]])?.map { $0["year"] as? Int } == [2025])

        let markdown = try mon(["report", "--plan", "2", "--year", "2026", "--db", db]).stdout
        #expect(markdown.contains("### Mål 1.1 Nye etableringer.\n"))
        #expect(markdown.contains("| Nye etableringer | bedrifter | 2 (2024) | 2025: 4; 2026: 7,5 | 7,5 (2026) | 10 (2028) | i rute | ▃▆ |"))
        let html = try mon(["report", "--plan", "2", "--year", "2026", "--format", "html", "--db", db]).stdout
        #expect(html.contains(#"data-indicator="establishments" data-figure="latest" data-value="7.5">7,5 (2026)</td>"#))
        #expect(html.contains(#"<polyline points="44.0,27.0 80.0,14.8""#))
    }
}
