import Portfolio
import Testing
import TestSupport

/// The board report is built from set queries: it runs as many statements on a
/// portfolio of 200 grants as on one of 10, so its time follows what SQLite reads,
/// not one query per grant or per project.
@Suite struct ReportStatementTests {
    /// The statements one report runs on a synthetic portfolio of this size.
    static func statements(projects: Int, grants: Int, year: Int?) throws -> (count: Int, report: BoardReport) {
        let db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/scale.sqlite", actor: "test")
        try SyntheticPortfolio(projects: projects, grants: grants, seed: 1).load(into: db)
        let before = db.connection.statementsRun
        let report = try BoardReport(db, year: year)
        return (db.connection.statementsRun - before, report)
    }

    @Test(arguments: [nil, 2016])
    func statementsDoNotGrowWithGrantsOrProjects(year: Int?) throws {
        let small = try Self.statements(projects: 5, grants: 10, year: year)
        let large = try Self.statements(projects: 100, grants: 200, year: year)
        #expect(large.report.grants.count > 5 && large.report.projectCount > 5, "the larger report has rows to count")
        #expect(small.count == large.count)
        #expect(small.count < 60, "a report runs a few dozen statements, not one per row: \(small.count)")
    }
}
