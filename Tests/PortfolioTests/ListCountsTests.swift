import Testing
@testable import Portfolio

/// A server keeps each paged list's count for the file's state, and counts again once the file has changed.
@Suite struct ListCountsTests {
    @Test func aKeptCountIsTheCountUntilTheFileChanges() throws {
        let db = try PortfolioDatabase.inMemory(actor: "test")
        try PartnerRepository(db).add(name: "Sjøgata Bryggeri AS", orgnr: try OrganisationNumber(parsing: "910000004"), municipality: "Vefsn")
        try FundRepository(db).allocate(year: 2020, amount: Money(kroner: 1_000_000))
        let grants = GrantRepository(db)
        let apply = {
            _ = try grants.apply(GrantApplication(applicant: "910000004", amount: Money(kroner: 1_000), totalCost: Money(kroner: 4_000),
                                                  receivedOn: try Day(parsing: "2020-03-01"), basis: .notAid))
        }
        for _ in 1...5 { try apply() }
        let counts = ListCounts()
        let before = db.connection.statementsRun
        let first = try grants.page(GrantRepository.Filter(), from: .after(2), size: 2, counts: counts)
        let counted = db.connection.statementsRun
        #expect(first.items.map(\.id) == [3, 4] && first.total == 5 && first.preceding == 2)
        // Kept: the same page at the same state is not counted again (one statement fewer: the page's rows and
        // the history's newest row); a changed file is counted again.
        let again = try grants.page(GrantRepository.Filter(), from: .after(2), size: 2, counts: counts)
        #expect(again.total == 5 && again.preceding == 2)
        #expect(db.connection.statementsRun - counted == counted - before - 1)
        try apply()
        let after = try grants.page(GrantRepository.Filter(), from: .after(2), size: 2, counts: counts)
        #expect(after.total == 6 && after.preceding == 2 && after.next == .after(4))
        #expect(try grants.page(GrantRepository.Filter(), from: .after(2), size: 2).total == 6)
        // Another filter is another count.
        #expect(try grants.page(GrantRepository.Filter(status: .rejected), from: .first, size: 2, counts: counts).total == 0)
    }
}
