import Foundation
import SQLite
import Testing
import TestSupport

/// Every money figure and project count of the board report, recomputed from the
/// raw tables with SQL written here (not mon's), on the demo and on a synthetic
/// portfolio, and found equal in the report's JSON, HTML and Markdown.
@Suite struct ReportFiguresTests {
    /// A database for each case: the demo, and a made-up portfolio of 60 projects and 400 grants.
    static func database(_ name: String) throws -> String {
        let db = try makeTemporaryFolder() + "/\(name).sqlite"
        let run = try mon(name == "demo" ? ["demo", "--db", db]
                                          : ["demo", "--synthetic", "--projects", "60", "--grants", "400", "--seed", "7", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        return db
    }

    /// The grants a report counts: approved from ?1 to ?2, not annulled; money as of ?2.
    static let cohort = "g.status <> 'annulled' AND g.approved_on BETWEEN ?1 AND ?2"
    static let paidOn = "(SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = g.id AND kind = 'payment' AND paid_on <= ?2)"
    static let releasedRest = "CASE WHEN g.released_on <= ?2 THEN g.amount_approved_ore - \(paidOn) ELSE 0 END"

    /// granted, in force, paid, repaid, released of the cohort (optionally on one goal, ?3), in øre.
    static func money(_ connection: Connection, from first: String, to last: String, goal: String? = nil) throws -> [String: Int64] {
        let onGoal = goal == nil ? "" : """
             AND g.project_id IN (SELECT pg.project_id FROM project_goal pg JOIN goal ON goal.id = pg.goal_id
                                  WHERE pg.is_primary = 1 AND goal.code = ?3)
            """
        let row = try #require(try connection.row("""
            SELECT coalesce(sum(g.amount_approved_ore), 0), coalesce(sum(\(releasedRest)), 0), coalesce(sum(\(paidOn)), 0),
                   coalesce(sum((SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = g.id AND kind = 'repayment' AND paid_on <= ?2)), 0)
            FROM grant g WHERE \(cohort)\(onGoal)
            """, goal.map { [first, last, $0] } ?? [first, last]))
        let granted: Int64 = try row.get(0), released: Int64 = try row.get(1), paid: Int64 = try row.get(2), repaid: Int64 = try row.get(3)
        return ["granted": granted, "released": released, "in_force": granted - released, "paid": paid, "repaid": repaid,
                "net_disbursed": paid - repaid]
    }

    /// Planned, active and completed projects whose primary goal is `goal`, on record by `last`: entered,
    /// started, assessed, applied or granted by then.
    static func projects(_ connection: Connection, goal: String, by last: String) throws -> Int64 {
        try connection.scalar("""
            SELECT count(*) FROM project p JOIN project_goal pg ON pg.project_id = p.id AND pg.is_primary = 1
            JOIN goal ON goal.id = pg.goal_id WHERE goal.code = ?1 AND p.status IN ('planned', 'active', 'completed')
              AND (substr(p.created_at, 1, 10) <= ?2 OR p.start_date <= ?2
                   OR EXISTS (SELECT 1 FROM assessment WHERE project_id = p.id AND assessed_on <= ?2)
                   OR EXISTS (SELECT 1 FROM grant WHERE project_id = p.id AND (received_on <= ?2 OR approved_on <= ?2)))
            """, [goal, last]) ?? -1
    }

    /// Expected jobs and population effect under `goal` as of ?1: each planned, active or completed project's
    /// latest assessment, direct jobs × its sector's multiplier × feasibility ÷ 5, and × persons per job.
    static func expected(_ connection: Connection, asOf day: String, goal: String) throws -> (jobs: Double, population: Double) {
        let row = try #require(try connection.row("""
            SELECT coalesce(sum(a.direct_jobs * m.multiplier * a.feasibility / 5.0), 0),
                   (SELECT CAST(value AS REAL) FROM parameter WHERE key = 'persons_per_job' AND valid_from <= ?1
                    ORDER BY valid_from DESC LIMIT 1)
            FROM assessment a JOIN project p ON p.id = a.project_id
            JOIN project_goal pg ON pg.project_id = p.id AND pg.is_primary = 1 JOIN goal ON goal.id = pg.goal_id
            JOIN model_multiplier m ON m.sector = a.sector
             AND m.model_id = (SELECT id FROM scoring_model WHERE valid_from <= ?1 || 'T23:59:59.999Z' ORDER BY valid_from DESC, id DESC LIMIT 1)
            WHERE goal.code = ?2 AND p.status IN ('planned', 'active', 'completed')
              AND a.id = (SELECT b.id FROM assessment b WHERE b.project_id = a.project_id AND b.assessed_on <= ?1
                          ORDER BY b.assessed_on DESC, b.id DESC LIMIT 1)
            """, [day, goal]))
        let jobs: Double = try row.get(0), personsPerJob: Double = try row.get(1)
        return (jobs, jobs * personsPerJob)
    }

    /// Each year's flows over all funds, and the available at its end as a running sum.
    static func fundYears(_ connection: Connection) throws -> [[String: Int64]] {
        let rows = try connection.rows("""
            WITH y(year) AS (SELECT year FROM allocation UNION SELECT CAST(substr(approved_on, 1, 4) AS INTEGER) FROM grant WHERE approved_on IS NOT NULL
                             UNION SELECT CAST(substr(paid_on, 1, 4) AS INTEGER) FROM payment
                             UNION SELECT CAST(substr(released_on, 1, 4) AS INTEGER) FROM grant WHERE released_on IS NOT NULL)
            SELECT y.year,
              (SELECT coalesce(sum(amount_ore), 0) FROM allocation WHERE year = y.year),
              (SELECT coalesce(sum(amount_approved_ore), 0) FROM grant WHERE status <> 'annulled' AND substr(approved_on, 1, 4) = printf('%04d', y.year)),
              (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE kind = 'payment' AND substr(paid_on, 1, 4) = printf('%04d', y.year)),
              (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE kind = 'repayment' AND substr(paid_on, 1, 4) = printf('%04d', y.year)),
              (SELECT coalesce(sum(g.amount_approved_ore - (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = g.id AND kind = 'payment')), 0)
               FROM grant g WHERE g.status <> 'annulled' AND substr(g.released_on, 1, 4) = printf('%04d', y.year))
            FROM y ORDER BY y.year
            """)
        var available: Int64 = 0
        return try rows.map { row in
            let flow = try (1...5).map { try row.get($0, as: Int64.self) }
            available += flow[0] - flow[1] + flow[3] + flow[4]
            return ["year": try row.get(0), "allocated": flow[0], "granted": flow[1], "paid": flow[2], "repaid": flow[3],
                    "released": flow[4], "available_end": available]
        }
    }

    /// A JSON number of kroner in øre.
    static func ore(_ value: Any?) -> Int64? { (value as? NSNumber).map { Int64(($0.doubleValue * 100).rounded()) } }
    /// A page's `data-value` of kroner in øre.
    static func ore(_ text: String?) -> Int64? { text.flatMap(Double.init).map { Int64(($0 * 100).rounded()) } }
    static func kroner(_ ore: Int64?) -> String { ReportTests.kroner(ore: ore ?? -1) }

    @Test(arguments: [("demo", nil), ("demo", 2022), ("synthetic", nil)] as [(String, Int?)])
    func everyFigureEqualsSQLOverTheRawTables(name: String, year: Int?) throws {
        let db = try Self.database(name)
        let connection = try Connection(path: db, mode: .readOnly)
        let today = try #require(try connection.scalar("SELECT date('now', 'localtime')", as: String.self))
        let (first, last) = year.map { ("\($0)-01-01", min("\($0)-12-31", today)) } ?? ("0000-01-01", today)
        let yearArguments = year.map { ["--year", "\($0)"] } ?? []
        let json = try #require(try mon(["report", "--format", "json", "--db", db] + yearArguments).json() as? [String: Any])
        let html = try mon(["report", "--format", "html", "--db", db] + yearArguments).stdout
        let markdown = try mon(["report", "--db", db] + yearArguments).stdout
        let page = try ReportTests.inspect(html, in: try makeTemporaryFolder())
        let cells = try #require(page["figures"] as? [[String: String]])

        // The totals.
        let totals = try #require(json["totals"] as? [String: Any])
        var expected = try Self.money(connection, from: first, to: last)
        expected["allocated"] = try connection.scalar("SELECT coalesce(sum(amount_ore), 0) FROM allocation WHERE year <= ?",
                                                      [Int(last.prefix(4))!]) ?? -1
        for (figure, value) in expected {
            #expect(Self.ore(totals[figure]) == value, "\(name) \(year as Any) totals.\(figure)")
        }
        for figure in ["granted", "in_force", "paid", "allocated"] {
            let cell = cells.first { $0["data-figure"] == figure && $0["data-goal"] == nil && $0["data-area"] == nil && $0["data-year"] == nil && $0["data-grant"] == nil }
            #expect(Self.ore(cell?["data-value"]) == expected[figure], "\(name) html \(figure)")
            #expect(cell?["text"] == Self.kroner(expected[figure]), "\(name) html text \(figure)")
        }
        let headline = try #require(Self.markdownRows(markdown, after: "## Hovedtall").first)
        #expect(Array(headline.suffix(4)) == ["granted", "in_force", "paid", "allocated"].map { Self.kroner(expected[$0]) })
        #expect(Self.ore(totals["in_force"])! <= Self.ore(totals["granted"])! && Self.ore(totals["paid"])! <= Self.ore(totals["in_force"])!)

        // Every goal: its projects and its money.
        let goals = try #require(json["goals"] as? [[String: Any]])
        #expect(!goals.isEmpty)
        let goalRows = Self.markdownRows(markdown, after: "## Resultater per satsingsområde og mål")
        for goal in goals {
            let code = try #require(goal["code"] as? String)
            let money = try Self.money(connection, from: first, to: last, goal: code)
            let projects = try Self.projects(connection, goal: code, by: last)
            #expect((goal["projects"] as? NSNumber)?.int64Value == projects, "\(name) goal \(code) projects")
            #expect(cells.first { $0["data-goal"] == code && $0["data-figure"] == "projects" }?["data-value"] == "\(projects)")
            let row = try #require(goalRows.first { $0.first?.hasPrefix(code + " ") == true }, "\(code)")
            for (index, figure) in ["granted", "in_force", "paid"].enumerated() {
                #expect(Self.ore(goal[figure]) == money[figure], "\(name) goal \(code) \(figure)")
                let cell = cells.first { $0["data-goal"] == code && $0["data-figure"] == figure }
                #expect(Self.ore(cell?["data-value"]) == money[figure], "\(name) html goal \(code) \(figure)")
                #expect(row[2 + index] == Self.kroner(money[figure]), "\(name) markdown goal \(code) \(figure)")
            }
            let estimate = try Self.expected(connection, asOf: last, goal: code)
            for (index, (figure, value)) in [("jobs", estimate.jobs), ("population_effect", estimate.population)].enumerated() {
                let shown = try #require((goal[figure] as? NSNumber)?.doubleValue)
                #expect(abs(shown - value) < 1e-6, "\(name) goal \(code) \(figure): \(shown) ≠ \(value)")
                let cell = cells.first { $0["data-goal"] == code && $0["data-figure"] == figure }
                let page = try #require(cell.flatMap { Double($0["data-value"] ?? "") })
                #expect(abs(page - value) < 1e-6, "\(name) html goal \(code) \(figure)")
                // One decimal, with a comma.
                let written = try #require(Double(row[5 + index].replacingOccurrences(of: ",", with: ".")))
                #expect(abs(written - value) <= 0.05 + 1e-9, "\(name) markdown goal \(code) \(figure): \(row[5 + index])")
            }
        }

        // The funds year by year: each year's flows and the position at its end.
        let years = try #require(json["fund_years"] as? [[String: Any]])
        let sqlYears = try Self.fundYears(connection).filter { year == nil || $0["year"]! <= Int64(year!) }
        #expect(years.count == sqlYears.count, "\(name) fund years")
        let fundRows = Self.markdownRows(markdown, after: "## Næringsfondet år for år")
        for (shown, computed) in zip(years, sqlYears) {
            let y = computed["year"]!
            #expect((shown["year"] as? NSNumber)?.int64Value == y)
            let row = fundRows.first { $0.first == "\(y)" }
            for (index, figure) in ["allocated", "granted", "paid", "repaid", "released", "available_end"].enumerated() {
                #expect(Self.ore(shown[figure]) == computed[figure], "\(name) \(y) \(figure)")
                let cell = cells.first { $0["data-year"] == "\(y)" && $0["data-figure"] == figure }
                #expect(Self.ore(cell?["data-value"]) == computed[figure], "\(name) html \(y) \(figure)")
                #expect(row?[1 + index] == Self.kroner(computed[figure]), "\(name) markdown \(y) \(figure)")
            }
        }
    }

    /// A board reads the largest grants, not all of them: the report lists the 20 largest approved in its
    /// period (largest first, the earlier approved first among equals) and adds up every one of them,
    /// listed or not, on the line below — the rows and sums of `mon grant list --public`.
    @Test(arguments: [nil, 2020] as [Int?])
    func theGrantsListedAreTheLargestAndTheTotalIsEveryGrant(year: Int?) throws {
        let db = try Self.database("synthetic")
        let connection = try Connection(path: db, mode: .readOnly)
        let period = year.map { " AND substr(approved_on, 1, 4) = '\($0)'" } ?? ""
        let approved = "FROM grant WHERE approved_on IS NOT NULL AND status <> 'annulled'" + period
        let count = try #require(try connection.scalar("SELECT count(*) " + approved, as: Int64.self))
        let granted = try #require(try connection.scalar("SELECT coalesce(sum(amount_approved_ore), 0) " + approved, as: Int64.self))
        let paid = try #require(try connection.scalar("""
            SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE kind = 'payment' AND grant_id IN (SELECT id \(approved))
            """, as: Int64.self))
        let largest = try connection.rows("SELECT id \(approved) ORDER BY amount_approved_ore DESC, approved_on, id LIMIT 20")
            .map { "\(try $0.get(0, as: Int64.self))" }
        #expect(count > 20, "more grants than the report lists")
        let yearArguments = year.map { ["--year", "\($0)"] } ?? []
        let listed = try #require(try mon(["grant", "list", "--public", "--format", "json", "--db", db] + yearArguments).json() as? [Any])
        #expect(listed.count == Int(count), "the total counts the rows of grant list --public")

        let json = try #require((try mon(["report", "--format", "json", "--db", db] + yearArguments).json() as? [String: Any])?["grants"]
            as? [String: Any])
        #expect((json["count"] as? NSNumber)?.int64Value == count)
        #expect(Self.ore(json["granted"]) == granted && Self.ore(json["paid"]) == paid)
        #expect((json["largest"] as? [[String: Any]])?.map { "\($0["id"]!)" } == largest)

        let page = try ReportTests.inspect(try mon(["report", "--format", "html", "--db", db] + yearArguments).stdout, in: try makeTemporaryFolder())
        let cells = try #require(page["figures"] as? [[String: String]])
        #expect(cells.filter { $0["data-grant"] != nil && $0["data-figure"] == "granted" }.map { $0["data-grant"]! } == largest)
        #expect(cells.first { $0["data-grants"] == "all" && $0["data-figure"] == "count" }?["data-value"] == "\(count)")
        #expect(Self.ore(cells.first { $0["data-grants"] == "all" && $0["data-figure"] == "granted" }?["data-value"]) == granted)
        #expect(Self.ore(cells.first { $0["data-grants"] == "all" && $0["data-figure"] == "paid" }?["data-value"]) == paid)

        let markdown = try mon(["report", "--db", db] + yearArguments).stdout
        let command = "mon grant list --public" + (year.map { " --year \($0)" } ?? "")
        #expect(markdown.contains("De 20 største av \(count) tilsagn i perioden. Hele listen: \(command).\n"))
        let rows = Self.markdownRows(markdown, after: "## Tilsagn gitt")
        #expect(rows.count == 21)
        #expect(rows.last.map { [$0[0], $0[2], $0[3]] } == ["Sum, \(count) tilsagn", Self.kroner(granted), Self.kroner(paid)])
    }

    /// The body rows of every Markdown table after the heading `heading`, up to the next `## `:
    /// each row's cells, without its header row and rule.
    static func markdownRows(_ markdown: String, after heading: String) -> [[String]] {
        guard let start = markdown.range(of: heading + "\n") else { return [] }
        let section = markdown[start.upperBound...].components(separatedBy: "\n## ").first ?? ""
        let lines = section.split(separator: "\n").filter { $0.hasPrefix("|") }.map { line in
            line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let isRule = { (row: [String]) in row.allSatisfy { !$0.isEmpty && $0.allSatisfy { "-:".contains($0) } } }
        return lines.indices.filter { index in !isRule(lines[index]) && !(index + 1 < lines.count && isRule(lines[index + 1])) }.map { lines[$0] }
    }
}
