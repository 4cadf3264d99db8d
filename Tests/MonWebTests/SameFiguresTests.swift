import Foundation
import Hummingbird
import MonWeb
import Portfolio
import Presentation
import TestSupport
import Testing

/// The web shows the command line's figures: each section's JSON is byte for byte what the `mon` binary prints
/// with `--format json` for the same file, and every cell the layout shows a person is on the HTML page.
@Suite struct SameFiguresTests {
    @Test(arguments: [
        ("/?format=json&part=funds", ["fund", "status", "--format", "json"]),
        ("/?format=json&part=ranking", ["rank", "--top", "10", "--format", "json"]),
        ("/?format=json&part=uncovered", ["plan", "coverage", "--format", "json"]),
        ("/grants?format=json", ["grant", "list", "--format", "json"]),
        ("/grants?format=json&status=approved", ["grant", "list", "--status", "approved", "--format", "json"]),
        ("/public?format=json", ["grant", "list", "--public", "--format", "json"]),
        ("/grants/1?format=json", ["grant", "show", "1", "--format", "json"]),
        ("/projects?format=json", ["project", "list", "--format", "json"]),
        ("/projects/1?format=json", ["project", "show", "1", "--format", "json"]),
    ])
    func aDownloadIsTheCommandLinesJSON(_ uri: String, _ command: [String]) async throws {
        let cli = mon(command + ["--db", WebFixture.database])
        #expect(cli.status == 0, "\(cli.error)")
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let web = try await WebFixture.get(client, uri, cookie: cookie)
            #expect(web.status == .ok)
            #expect(web.body == cli.output)
        }
    }

    /// A backup put back while the server runs is shown as it is: the kept ranking (and headline) are made again
    /// for the other file, though its history is shorter than that of the file it replaced.
    @Test func aFilePutInThePlaceOfTheServedOneGetsItsOwnFigures() async throws {
        let folder = try makeTemporaryFolder()
        let path = folder + "/served.sqlite", empty = folder + "/empty.sqlite"
        #expect(mon(["backup", path, "--db", WebFixture.database]).status == 0)
        #expect(mon(["init", "--db", empty]).status == 0)
        try await WebFixture.test(WebFixture.server(path: path)) { client in
            let cookie = try await WebFixture.logIn(client)
            let before = try await WebFixture.get(client, "/?format=json&part=ranking", cookie: cookie).body
            #expect(before == mon(["rank", "--top", "10", "--format", "json", "--db", path]).output)
            #expect(rename(empty, path) == 0)
            let expected = mon(["rank", "--top", "10", "--format", "json", "--db", path]).output
            var shown = before
            for _ in 0..<100 where shown != expected {
                try await Task.sleep(for: .milliseconds(100))
                shown = try await WebFixture.get(client, "/?format=json&part=ranking", cookie: cookie).body
            }
            #expect(expected != before)
            #expect(shown == expected)
        }
    }

    /// The headline figures are the board report's: each equals what `mon report --format json` gives for the file
    /// (the projects, jobs and population effect summed over its goals, as the report sums them) in the dashboard's
    /// download, and is written on its page as the report's own headline row writes it.
    @Test func theHeadlineFiguresAreTheBoardReportsJSON() async throws {
        let cli = mon(["report", "--format", "json", "--db", WebFixture.database])
        #expect(cli.status == 0, "\(cli.error)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(cli.output.utf8)) as? [String: Any])
        let totals = try #require(report["totals"] as? [String: Any])
        let goals = try #require(report["goals"] as? [[String: Any]])
        func sum(_ key: String) -> Double { goals.reduce(0) { $0 + (($1[key] as? NSNumber)?.doubleValue ?? 0) } }
        let expected: [String: Double] = [
            "projects": sum("projects"), "jobs": sum("jobs"), "population_effect": sum("population_effect"),
            "granted": try #require(totals["granted"] as? NSNumber).doubleValue, "in_force": try #require(totals["in_force"] as? NSNumber).doubleValue,
            "paid": try #require(totals["paid"] as? NSNumber).doubleValue, "allocated": try #require(totals["allocated"] as? NSNumber).doubleValue,
        ]
        #expect(expected["granted"]! > 0 && expected["projects"]! > 0)
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let download = try await WebFixture.get(client, "/?format=json&part=headline", cookie: cookie).body
            let headline = try #require((try JSONSerialization.jsonObject(with: Data(download.utf8)) as? [[String: Any]])?.first)
            #expect(Set(headline.keys) == Set(expected.keys))
            for (key, value) in expected {
                // The report writes each goal's estimates to the millionth; the sum may differ from the web's in the last bits.
                let web = try #require((headline[key] as? NSNumber)?.doubleValue)
                #expect(abs(web - value) < 0.000_01, "\(key): web \(web), report \(value)")
            }
            // As a person reads them: the headline row of the report (always in bokmål), cell for cell on the page.
            let markdown = mon(["report", "--format", "markdown", "--db", WebFixture.database]).output.components(separatedBy: "\n")
            let heading = try #require(markdown.firstIndex(of: "## Hovedtall"))
            let row = markdown[heading + 4].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(row.count == expected.count)
            let page = try await WebFixture.get(client, "/", cookie: cookie, language: "nb").body
            for cell in row {
                #expect(page.contains(">" + Self.escaped(cell) + "<"), "the dashboard lacks \(cell)")
            }
        }
    }

    @Test func theDashboardShowsEveryFigureOfTheFundsTheHeadlineAndTheRanking() async throws {
        let db = try PortfolioDatabase.openReadOnly(path: WebFixture.database)
        let ranking = try ScoringRepository(db).proposals(asOf: .today())
        let tables = [Layout<FundStatus>.fundStatus.table(try FundRepository(db).status(), forPerson: true),
                      Layout<BoardReport>.headline.table([try BoardReport(db)], forPerson: true),
                      Layout<RankedProject>.ranked.table(Array(ranking.projects.prefix(10)), forPerson: true)]
        try await expectEveryCell(of: tables, on: "/")
    }

    @Test func aGrantPageShowsEveryFieldAndPart() async throws {
        let db = try PortfolioDatabase.openReadOnly(path: WebFixture.database)
        let grants = GrantRepository(db)
        let record = GrantRecord(grant: try grants.grant(1), payments: try grants.payments(1), decisions: try grants.decisions(1),
                                 requests: try grants.requests(1))
        try await expectEveryCell(of: [Layout<GrantRecord>.grantRecord.table([record])] + Layout<GrantRecord>.grantRecord.sections(record).map(\.table),
                                  on: "/grants/1")
    }

    @Test func aProjectPageShowsEveryFieldAndPart() async throws {
        let db = try PortfolioDatabase.openReadOnly(path: WebFixture.database)
        let record = ProjectRecord(detail: try ProjectRepository(db).detail(1), grants: try GrantRepository(db).list(GrantRepository.Filter(projectID: 1)))
        try await expectEveryCell(of: [Layout<ProjectRecord>.projectRecord.table([record])] + Layout<ProjectRecord>.projectRecord.sections(record).map(\.table),
                                  on: "/projects/1")
    }

    private func expectEveryCell(of tables: [Table], on path: String) async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let page = try await WebFixture.get(client, path, cookie: cookie)
            #expect(page.status == .ok)
            let cells = tables.flatMap { $0.rows.flatMap { $0.map { $0.display(in: .english) } } }.filter { !$0.isEmpty }
            #expect(!cells.isEmpty)
            for cell in cells {
                #expect(page.body.contains(Self.escaped(cell)), "\(path) lacks \(cell)")
            }
        }
    }

    /// As the page template escapes a value.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
