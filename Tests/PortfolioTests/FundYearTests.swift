import Testing
import Portfolio
import TestSupport

/// A whole year of the fund, scripted: allocations and twelve grants through every
/// path of the state machine. After every step the fund's figures must balance
/// and equal the ones worked out by hand (in kroner, in the comments).
@Suite struct FundYearTests {
    let db: PortfolioDatabase
    let grants: GrantRepository
    let funds: FundRepository

    init() throws {
        db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/year.sqlite", actor: "test")
        grants = GrantRepository(db)
        funds = FundRepository(db)
        try PartnerRepository(db).add(name: "Sjøgata Bryggeri AS", orgnr: try OrganisationNumber(parsing: "910000004"),
                                      municipality: "Vefsn")
    }

    func day(_ text: String) throws -> Day { try Day(parsing: text) }

    /// Applies for `kroner` (half the project's cost, no state aid) and returns the grant's id.
    func apply(_ kroner: Int64, on date: String = "2024-02-01") throws -> Int64 {
        try grants.apply(GrantApplication(applicant: "910000004", amount: Money(kroner: kroner),
                                          totalCost: Money(kroner: 2 * kroner), receivedOn: try day(date), basis: .notAid)).id
    }

    func approve(_ id: Int64, on date: String) throws {
        _ = try grants.approve(id, GrantApproval(date: try day(date)))
    }

    /// The fund's figures, in kroner, must be these, and must balance.
    func expectFund(allocated: Int64, committed: Int64, disbursed: Int64, returned: Int64, available: Int64,
                    year: Int? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let status = try #require(try funds.status(year: year).first, sourceLocation: sourceLocation)
        #expect(status.allocated == Money(kroner: allocated), sourceLocation: sourceLocation)
        #expect(status.committed == Money(kroner: committed), sourceLocation: sourceLocation)
        #expect(status.disbursed == Money(kroner: disbursed), sourceLocation: sourceLocation)
        #expect(status.returned == Money(kroner: returned), sourceLocation: sourceLocation)
        #expect(status.available == Money(kroner: available), sourceLocation: sourceLocation)
        #expect(status.available + status.committed + status.disbursed == status.allocated, sourceLocation: sourceLocation)
        #expect(status.available >= .zero, sourceLocation: sourceLocation)
        #expect(try db.healthChecks().allSatisfy(\.passed), sourceLocation: sourceLocation)
    }

    @Test func aWholeYearThroughEveryPath() throws {
        try funds.allocate(year: 2024, amount: Money(kroner: 5_000_000), reference: "KS-sak 12/24")
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 0, returned: 0, available: 5_000_000)

        // 1: rejected. 2: withdrawn as an application. Neither touches the money.
        let g1 = try apply(100_000)
        try grants.reject(g1, on: day("2024-02-20"), decision: DecisionRecord(reason: "Utenfor retningslinjene"))
        let g2 = try apply(200_000)
        try grants.withdraw(g2, on: day("2024-02-21"))
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 0, returned: 0, available: 5_000_000)

        // 3: approved, then withdrawn before any payment: 300 000 back.
        let g3 = try apply(300_000)
        try approve(g3, on: "2024-03-01")
        try expectFund(allocated: 5_000_000, committed: 300_000, disbursed: 0, returned: 0, available: 4_700_000)
        try grants.withdraw(g3, on: day("2024-03-05"))
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 0, returned: 300_000, available: 5_000_000)

        // 4: approved, paid in full, closed.
        let g4 = try apply(400_000)
        try approve(g4, on: "2024-03-10")
        try expectFund(allocated: 5_000_000, committed: 400_000, disbursed: 0, returned: 300_000, available: 4_600_000)
        try grants.pay(g4, Money(kroner: 400_000), on: day("2024-04-01"))
        #expect(try grants.grant(g4).status == .paid)
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 400_000, returned: 300_000, available: 4_600_000)
        try grants.close(g4, on: day("2024-05-01"))
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 400_000, returned: 300_000, available: 4_600_000)

        // 5: approved 500 000, paid 200 000, then a final 100 000: 200 000 back.
        let g5 = try apply(500_000)
        try approve(g5, on: "2024-04-02")
        try grants.pay(g5, Money(kroner: 200_000), on: day("2024-05-02"))
        #expect(try grants.grant(g5).isPartlyPaid)
        try expectFund(allocated: 5_000_000, committed: 300_000, disbursed: 600_000, returned: 300_000, available: 4_100_000)
        try grants.pay(g5, Money(kroner: 100_000), on: day("2024-06-02"), final: true)
        #expect(try grants.grant(g5).status == .closed)
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 700_000, returned: 500_000, available: 4_300_000)

        // 6: approved 600 000, paid 250 000, lapsed: 350 000 back.
        let g6 = try apply(600_000)
        try approve(g6, on: "2024-04-03")
        try grants.pay(g6, Money(kroner: 250_000), on: day("2024-05-03"))
        try expectFund(allocated: 5_000_000, committed: 350_000, disbursed: 950_000, returned: 500_000, available: 3_700_000)
        try grants.lapse(g6, on: day("2024-09-01"))
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 950_000, returned: 850_000, available: 4_050_000)

        // 7: approved 150 000, lapsed unpaid: all of it back.
        let g7 = try apply(150_000)
        try approve(g7, on: "2024-04-04")
        try expectFund(allocated: 5_000_000, committed: 150_000, disbursed: 950_000, returned: 850_000, available: 3_900_000)
        try grants.lapse(g7, on: day("2024-09-02"))
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 950_000, returned: 1_000_000, available: 4_050_000)

        // 8: approved and paid 800 000, 300 000 repaid.
        let g8 = try apply(800_000)
        try approve(g8, on: "2024-05-01")
        try grants.pay(g8, Money(kroner: 800_000), on: day("2024-06-01"))
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 1_750_000, returned: 1_000_000, available: 3_250_000)
        try grants.repay(g8, Money(kroner: 300_000), on: day("2024-10-01"))
        #expect(try grants.grant(g8).status == .repaid)
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 1_450_000, returned: 1_300_000, available: 3_550_000)

        // 9: approved 1 000 000, paid 400 000, 100 000 repaid: the unpaid 600 000 is released too.
        let g9 = try apply(1_000_000)
        try approve(g9, on: "2024-05-02")
        try grants.pay(g9, Money(kroner: 400_000), on: day("2024-06-02"))
        try expectFund(allocated: 5_000_000, committed: 600_000, disbursed: 1_850_000, returned: 1_300_000, available: 2_550_000)
        try grants.repay(g9, Money(kroner: 100_000), on: day("2024-10-02"))
        try expectFund(allocated: 5_000_000, committed: 0, disbursed: 1_750_000, returned: 2_000_000, available: 3_250_000)

        // 10: approved and open. 11: approved and partly paid. 12: still an application.
        let g10 = try apply(700_000)
        try approve(g10, on: "2024-06-01")
        try expectFund(allocated: 5_000_000, committed: 700_000, disbursed: 1_750_000, returned: 2_000_000, available: 2_550_000)
        let g11 = try apply(900_000)
        try approve(g11, on: "2024-06-02")
        try grants.pay(g11, Money(kroner: 450_000), on: day("2024-07-01"))
        _ = try apply(50_000)
        try expectFund(allocated: 5_000_000, committed: 1_150_000, disbursed: 2_200_000, returned: 2_000_000, available: 1_650_000)
        try expectFund(allocated: 5_000_000, committed: 1_150_000, disbursed: 2_200_000, returned: 2_000_000, available: 1_650_000,
                       year: 2024)

        #expect(try grants.list().map(\.status) == [.rejected, .withdrawn, .withdrawn, .closed, .closed, .lapsed, .lapsed,
                                                   .repaid, .repaid, .approved, .approved, .applied])
    }

    @Test func aYearStandsAsAtItsEnd() throws {
        try funds.allocate(year: 2023, amount: Money(kroner: 1_000_000))
        try funds.allocate(year: 2024, amount: Money(kroner: 2_000_000))
        let grant = try apply(600_000, on: "2023-10-01")
        try approve(grant, on: "2023-11-01")
        try grants.pay(grant, Money(kroner: 600_000), on: day("2024-02-01"))
        // At the end of 2023 the grant is committed and 2024's money not yet there.
        try expectFund(allocated: 1_000_000, committed: 600_000, disbursed: 0, returned: 0, available: 400_000, year: 2023)
        try expectFund(allocated: 3_000_000, committed: 0, disbursed: 600_000, returned: 0, available: 2_400_000, year: 2024)
    }

    @Test func anApprovalMustBeCoveredOnEveryLaterDayToo() throws {
        try funds.allocate(year: 2024, amount: Money(kroner: 1_000_000))
        let later = try apply(400_000, on: "2024-05-01")
        try approve(later, on: "2024-06-01")
        // On 2024-03-01 the fund has 1 000 000, but from 2024-06-01 only 600 000 of it is free.
        let earlier = try apply(700_000, on: "2024-02-01")
        #expect(throws: PortfolioError.refused("Kommunalt næringsfond has 600 000 kr available on 2024-06-01: it cannot cover 700 000 kr")) {
            try approve(earlier, on: "2024-03-01")
        }
        #expect(try grants.grant(earlier).status == .applied)
        try expectFund(allocated: 1_000_000, committed: 400_000, disbursed: 0, returned: 0, available: 600_000)
    }
}
