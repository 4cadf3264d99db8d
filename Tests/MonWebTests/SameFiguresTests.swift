import Foundation
import Hummingbird
import MonWeb
import Portfolio
import Presentation
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
