import Testing
@testable import Portfolio
import SQLite

/// `grant list --year` at national scale: the year is found through the index, not by reading every grant.
@Suite struct GrantListPlanTests {
    /// SQLite's plan for the list of one year, one line of detail a step.
    static func plan(year: Bool) throws -> [String] {
        let db = try PortfolioDatabase.inMemory(actor: "test")
        let arguments: [any DatabaseValueConvertible] = [DatabaseValue.null, 2020, DatabaseValue.null, DatabaseValue.null, DatabaseValue.null, false]
        return try db.connection.rows("EXPLAIN QUERY PLAN " + GrantRepository.select + GrantRepository.listCondition(year: year), arguments)
            .map { try $0.get("detail", as: String.self) }
    }

    @Test func theYearIsSearchedThroughTheIndexGrantByYear() throws {
        let plan = try Self.plan(year: true)
        #expect(plan.contains { $0.hasPrefix("SEARCH grant USING INDEX grant_by_year") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN grant") }, "\(plan)")
    }

    @Test func withoutAYearNoIndexOfTheYearIsUsed() throws {
        #expect(!(try Self.plan(year: false)).contains { $0.contains("grant_by_year") })
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
