import Testing
@testable import Portfolio
import SQLite

/// `grant list --year` at national scale, and a project's or an applicant's grants (a project page, `project show`):
/// found through an index, not by reading every grant.
@Suite struct GrantListPlanTests {
    /// SQLite's plan for the list `filter` asks for, one line of detail a step.
    static func plan(_ filter: GrantRepository.Filter) throws -> [String] {
        let db = try PortfolioDatabase.inMemory(actor: "test")
        // listCondition's ?1 to ?6 as listArguments gives them: the applicant as a partner id.
        let arguments: [any DatabaseValueConvertible] = [DatabaseValue.null, filter.year, filter.applicant.map { _ in 3 },
                                                         DatabaseValue.null, filter.projectID, false]
        return try db.connection.rows("EXPLAIN QUERY PLAN " + GrantRepository.select + GrantRepository.listCondition(filter), arguments)
            .map { try $0.get("detail", as: String.self) }
    }

    @Test func theYearIsSearchedThroughTheIndexGrantByYear() throws {
        let plan = try Self.plan(GrantRepository.Filter(year: 2020))
        #expect(plan.contains { $0.hasPrefix("SEARCH grant USING INDEX grant_by_year") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN grant") }, "\(plan)")
    }

    @Test func withoutAYearNoIndexOfTheYearIsUsed() throws {
        #expect(!(try Self.plan(GrantRepository.Filter())).contains { $0.contains("grant_by_year") })
    }

    @Test func aProjectsGrantsAreSearchedThroughTheIndexGrantByProject() throws {
        let plan = try Self.plan(GrantRepository.Filter(projectID: 5))
        #expect(plan.contains { $0.hasPrefix("SEARCH grant USING INDEX grant_by_project") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN grant") }, "\(plan)")
    }

    @Test func anApplicantsGrantsAreSearchedThroughTheIndexGrantByApplicant() throws {
        let plan = try Self.plan(GrantRepository.Filter(applicant: "910000004"))
        #expect(plan.contains { $0.hasPrefix("SEARCH grant USING INDEX grant_by_applicant") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN grant") }, "\(plan)")
    }

    @Test func forEachHandsOverWhatListReturnsInTheSameOrder() throws {
        let db = try PortfolioDatabase.inMemory(actor: "test")
        try PartnerRepository(db).add(name: "Sjøgata Bryggeri AS", orgnr: try OrganisationNumber(parsing: "910000004"), municipality: "Vefsn")
        try FundRepository(db).allocate(year: 2020, amount: Money(kroner: 1_000_000))
        let grants = GrantRepository(db)
        for day in ["2020-03-01", "2021-03-01", "2020-05-01"] {
            _ = try grants.apply(GrantApplication(applicant: "910000004", amount: Money(kroner: 1_000), totalCost: Money(kroner: 4_000),
                                              receivedOn: try Day(parsing: day), basis: .notAid))
        }
        var handed: [Int64] = []
        try grants.forEach(GrantRepository.Filter(year: 2020)) { handed.append($0.id) }
        #expect(handed == [1, 3])
        #expect(try grants.list(GrantRepository.Filter(year: 2020)).map(\.id) == handed)
    }
}
