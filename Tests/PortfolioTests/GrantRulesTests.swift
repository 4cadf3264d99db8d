import Foundation
import Testing
@testable import Portfolio
import SQLite
import TestSupport

/// The rule book without a database or a process: every refusal the README
/// names, with its message, from facts made by hand.
@Suite struct GrantRulesTests {
    static let limits = GrantLimits(intensityMax: Decimal(string: "0.75")!, intensityReasonAbove: Decimal(string: "0.5")!,
                                    registerThreshold: Euro(euros: 100_000))

    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    /// A grant of 400 000 kr applied for on a project costing 1 000 000 kr, in the state asked for.
    static func grant(_ status: GrantStatus = .applied, approved: Int64? = nil, paid: Int64 = 0, repaid: Int64 = 0,
                      basis: AidBasis = .deMinimis, releasedOn: Day? = nil) -> Grant {
        Grant(id: 7, fundID: 1, fund: "Kommunalt næringsfond", applicantID: 3, applicant: "Sjøgata Bryggeri AS",
              projectID: nil, purpose: nil, basis: basis, amountApplied: Money(kroner: 400_000),
              totalCost: Money(kroner: 1_000_000), receivedOn: day("2024-02-01"), status: status,
              approvedOn: approved == nil ? nil : day("2024-03-01"), amountApproved: approved.map(Money.init(kroner:)),
              deadline: nil, caseReference: nil, eurRate: approved == nil ? nil : 11.5, intensityReason: nil,
              decidedOn: nil, decisionNote: nil, releasedOn: releasedOn, paid: Money(kroner: paid), repaid: Money(kroner: repaid))
    }

    static func position(total euros: Int64) -> DeMinimisPosition {
        DeMinimisPosition(partnerID: 3, window: .rollingYears, windowStart: day("2021-03-02"), windowEnd: day("2024-03-01"),
                          total: Euro(euros: euros), ceiling: Euro(euros: 300_000), awards: [])
    }

    func approve(_ grant: Grant = grant(), amount: Int64? = nil, on date: String = "2024-03-01", deadline: String? = nil,
                 rate: Double? = 11.5, reason: String? = nil, aid: Int64 = 0) throws -> GrantRules.Approval {
        try GrantRules.approval(GrantApproval(date: Self.day(date), amount: amount.map(Money.init(kroner:)),
                                              deadline: deadline.map(Self.day), eurRate: rate, reason: reason),
                                of: grant, limits: Self.limits, deMinimis: Self.position(total: aid))
    }

    @Test func anApprovalWithinEveryLimitWritesTheAmountAndWarnsAboutTheRegister() throws {
        let approval = try approve(amount: 300_000, rate: 2.9)
        #expect(approval.amount == Money(kroner: 300_000))
        #expect(approval.warnings.map { $0.text(in: .english) } == ["an award of EUR 103 448,28 must be reported to Registeret for offentlig støtte (from EUR 100 000)"])
        #expect(try approve(amount: 200_000).warnings.isEmpty)
    }

    @Test func approvalRefusals() throws {
        #expect(throws: PortfolioError.refused("grant 7 is approved, not an open application: only an application can be approved")) {
            try approve(Self.grant(.approved, approved: 400_000))
        }
        #expect(throws: PortfolioError.refused("the amount approved (500 000 kr) is more than the amount applied for (400 000 kr)")) {
            try approve(amount: 500_000)
        }
        #expect(throws: PortfolioError.invalidInput("the amount approved must be more than 0 kr")) { try approve(amount: 0) }
        #expect(throws: PortfolioError.refused("the approval (2024-01-15) cannot come before the application was received (2024-02-01)")) {
            try approve(on: "2024-01-15")
        }
        #expect(throws: PortfolioError.refused("the deadline (2024-02-15) cannot come before the approval (2024-03-01)")) {
            try approve(deadline: "2024-02-15")
        }
        // State aid, de minimis or GBER, is counted and reported in EUR: without a rate it is refused.
        for basis in [AidBasis.deMinimis, .gber] {
            #expect(throws: PortfolioError.refused("state aid is counted and reported in EUR, and no EUR rate is recorded for 2024-03: give the rate with --eur-rate, or record the month's with `mon rate set 2024-03 RATE`")) {
                try approve(Self.grant(basis: basis), rate: nil)
            }
        }
        let notAid = try approve(Self.grant(basis: .notAid), rate: nil)
        #expect(notAid.eurRate == nil)
    }

    @Test func supportIntensityAboveTheLimitIsRefusedAndAboveHalfNeedsAReason() throws {
        var big = Self.grant()
        big = Grant(id: big.id, fundID: 1, fund: big.fund, applicantID: 3, applicant: big.applicant, projectID: nil, purpose: nil,
                    basis: .notAid, amountApplied: Money(kroner: 800_000), totalCost: big.totalCost, receivedOn: big.receivedOn,
                    status: .applied, approvedOn: nil, amountApproved: nil, deadline: nil, caseReference: nil, eurRate: nil,
                    intensityReason: nil, decidedOn: nil, decisionNote: nil, releasedOn: nil, paid: .zero, repaid: .zero)
        #expect(throws: PortfolioError.refused("support intensity 80.0 % (800 000 kr of 1 000 000 kr) is above the limit of 75.0 %")) {
            try approve(big)
        }
        #expect(throws: PortfolioError.refused("support intensity 60.0 % is above 50.0 %: record why with --reason")) {
            try approve(big, amount: 600_000)
        }
        #expect(try approve(big, amount: 600_000, reason: "Forprosjekt med stor ringvirkning").amount == Money(kroner: 600_000))
        #expect(try approve(big, amount: 500_000).amount == Money(kroner: 500_000))
    }

    @Test func deMinimisAidMayNotPassTheCeiling() throws {
        // 400 000 kr at 10 NOK per EUR is EUR 40 000; EUR 260 000 already had leaves exactly EUR 40 000.
        #expect(try approve(rate: 10, aid: 260_000).amount == Money(kroner: 400_000))
        #expect(throws: PortfolioError.refused("de minimis: EUR 40 000 (400 000 kr at 10.00) would bring Sjøgata Bryggeri AS and its group to EUR 300 000,01 in 2021-03-02–2024-03-01; aid so far EUR 260 000,01, ceiling EUR 300 000, headroom EUR 39 999,99")) {
            try GrantRules.approval(GrantApproval(date: Self.day("2024-03-01"), eurRate: 10), of: Self.grant(), limits: Self.limits,
                                    deMinimis: DeMinimisPosition(partnerID: 3, window: .rollingYears, windowStart: Self.day("2021-03-02"),
                                                                 windowEnd: Self.day("2024-03-01"), total: Euro(cents: 26_000_001),
                                                                 ceiling: Euro(euros: 300_000), awards: []))
        }
        // Not de minimis: the ceiling does not apply.
        #expect(try approve(Self.grant(basis: .gber), rate: 10, aid: 300_000).amount == Money(kroner: 400_000))
    }

    @Test func theFundMustCoverAnApprovalOnItsDayAndEveryLaterDay() throws {
        let days = [FundLowPoint(day: Self.day("2024-01-01"), available: Money(kroner: 1_000_000)),
                    FundLowPoint(day: Self.day("2024-06-01"), available: Money(kroner: 600_000)),
                    FundLowPoint(day: Self.day("2024-09-01"), available: Money(kroner: 900_000))]
        try GrantRules.cover(Money(kroner: 600_000), from: Self.day("2024-03-01"), by: days, fund: "Kommunalt næringsfond")
        #expect(throws: PortfolioError.refused("Kommunalt næringsfond has 600 000 kr available on 2024-06-01: it cannot cover 700 000 kr")) {
            try GrantRules.cover(Money(kroner: 700_000), from: Self.day("2024-03-01"), by: days, fund: "Kommunalt næringsfond")
        }
        try GrantRules.cover(Money(kroner: 900_000), from: Self.day("2024-09-01"), by: days, fund: "Kommunalt næringsfond")
        #expect(throws: PortfolioError.refused("Kommunalt næringsfond has 0 kr available on 2023-12-31: it cannot cover 1 kr")) {
            try GrantRules.cover(Money(kroner: 1), from: Self.day("2023-12-31"), by: days, fund: "Kommunalt næringsfond")
        }
    }

    @Test func paymentsNeverPassWhatRemainsAndOnlyAnOpenGrantTakesThem() throws {
        let open = Self.grant(.approved, approved: 400_000, paid: 100_000)
        let part = try GrantRules.payment(of: Money(kroner: 100_000), on: Self.day("2024-04-01"), to: open, final: false)
        #expect(part == GrantRules.Change(status: .approved, payment: .init(day: Self.day("2024-04-01"), amount: Money(kroner: 100_000),
                                                                             isRepayment: false, isFinal: false)))
        #expect(try GrantRules.payment(of: Money(kroner: 300_000), on: Self.day("2024-04-01"), to: open, final: false).status == .paid)
        let settled = try GrantRules.payment(of: Money(kroner: 50_000), on: Self.day("2024-04-01"), to: open, final: true)
        #expect(settled.status == .closed && settled.releasedOn == Self.day("2024-04-01") && settled.decidedOn == Self.day("2024-04-01"))

        #expect(throws: PortfolioError.refused("grant 7 has 300 000 kr left to pay: 300 001 kr is 1 kr too much")) {
            try GrantRules.payment(of: Money(kroner: 300_001), on: Self.day("2024-04-01"), to: open, final: false)
        }
        #expect(throws: PortfolioError.invalidInput("a payment must be more than 0 kr")) {
            try GrantRules.payment(of: .zero, on: Self.day("2024-04-01"), to: open, final: false)
        }
        #expect(throws: PortfolioError.refused("2024-02-01 is before the grant was approved (2024-03-01)")) {
            try GrantRules.payment(of: Money(kroner: 1), on: Self.day("2024-02-01"), to: open, final: false)
        }
        #expect(throws: PortfolioError.refused("grant 7 is an application, not yet approved: nothing is paid on it")) {
            try GrantRules.payment(of: Money(kroner: 1), on: Self.day("2024-04-01"), to: Self.grant(), final: false)
        }
        #expect(throws: PortfolioError.refused("grant 7 is fully paid: nothing is left to pay")) {
            try GrantRules.payment(of: Money(kroner: 1), on: Self.day("2024-04-01"), to: Self.grant(.paid, approved: 400_000, paid: 400_000),
                                   final: false)
        }
        for status in [GrantStatus.rejected, .lapsed, .withdrawn, .closed, .repaid] {
            #expect(throws: PortfolioError.refused("grant 7 is \(status.rawValue): it takes no payment")) {
                try GrantRules.payment(of: Money(kroner: 1), on: Self.day("2024-04-01"), to: Self.grant(status, approved: 400_000), final: false)
            }
        }
    }

    @Test func aRepaymentNeverPassesWhatWasPaid() throws {
        let paid = Self.grant(.paid, approved: 400_000, paid: 400_000, repaid: 100_000)
        let change = try GrantRules.repayment(of: Money(kroner: 300_000), on: Self.day("2024-05-01"), by: paid)
        #expect(change.status == .repaid && change.releasedOn == Self.day("2024-05-01") && change.payment?.isRepayment == true)
        #expect(throws: PortfolioError.refused("grant 7 has had 400 000 kr paid and 100 000 kr repaid: at most 300 000 kr can be repaid, not 300 001 kr")) {
            try GrantRules.repayment(of: Money(kroner: 300_001), on: Self.day("2024-05-01"), by: paid)
        }
        #expect(throws: PortfolioError.refused("grant 7 is applied: nothing was paid on it to pay back")) {
            try GrantRules.repayment(of: Money(kroner: 1), on: Self.day("2024-05-01"), by: Self.grant())
        }
        // A grant released earlier keeps the day it was released.
        let closed = Self.grant(.closed, approved: 400_000, paid: 300_000, releasedOn: Self.day("2024-04-01"))
        #expect(try GrantRules.repayment(of: Money(kroner: 1), on: Self.day("2024-05-01"), by: closed).releasedOn == Self.day("2024-04-01"))
    }

    @Test func decisionsAfterTheApproval() throws {
        let open = Self.grant(.approved, approved: 400_000)
        #expect(try GrantRules.lapse(of: open, on: Self.day("2025-01-01"))
            == GrantRules.Change(status: .lapsed, decidedOn: Self.day("2025-01-01"), releasedOn: Self.day("2025-01-01")))
        #expect(throws: PortfolioError.refused("grant 7 is fully paid: nothing is left to lapse")) {
            try GrantRules.lapse(of: Self.grant(.paid, approved: 400_000, paid: 400_000), on: Self.day("2025-01-01"))
        }
        #expect(throws: PortfolioError.refused("grant 7 is rejected: only an approved grant with money left to pay can lapse")) {
            try GrantRules.lapse(of: Self.grant(.rejected), on: Self.day("2025-01-01"))
        }
        #expect(try GrantRules.withdrawal(of: open, on: Self.day("2024-04-01")).releasedOn == Self.day("2024-04-01"))
        #expect(try GrantRules.withdrawal(of: Self.grant(), on: Self.day("2024-04-01")).releasedOn == nil)
        #expect(throws: PortfolioError.refused("grant 7 has had 1 kr paid out: let it lapse, or record a repayment, instead of withdrawing it")) {
            try GrantRules.withdrawal(of: Self.grant(.approved, approved: 400_000, paid: 1), on: Self.day("2024-04-01"))
        }
        #expect(throws: PortfolioError.refused("grant 7 is lapsed: only an application or an unpaid grant can be withdrawn")) {
            try GrantRules.withdrawal(of: Self.grant(.lapsed, approved: 400_000), on: Self.day("2024-04-01"))
        }
        #expect(throws: PortfolioError.refused("grant 7 is approved: only a fully paid grant is closed this way (a final payment closes a partly paid one)")) {
            try GrantRules.closing(of: open, on: Self.day("2024-04-01"))
        }
        #expect(throws: PortfolioError.refused("grant 7 is approved: only an open application can be rejected")) {
            try GrantRules.rejection(of: open, on: Self.day("2024-04-01"), reason: nil)
        }
        #expect(try GrantRules.rejection(of: Self.grant(), on: Self.day("2024-04-01"), reason: " Utenfor retningslinjene ").note
            == "Utenfor retningslinjene")
    }

    @Test func anApplicationMustAskForLessThanItsCostAndWarnsOutsideVefsn() throws {
        let partner = Partner(id: 3, name: "Sjøgata Bryggeri AS", orgnr: nil, kind: .company, municipality: "Hemnes", group: nil)
        func application(_ amount: Int64, _ cost: Int64) -> GrantApplication {
            GrantApplication(applicant: "3", amount: Money(kroner: amount), totalCost: Money(kroner: cost), projectID: 4,
                             receivedOn: Self.day("2024-02-01"))
        }
        #expect(try GrantRules.application(application(1, 2), applicant: partner, projectStart: Self.day("2024-01-10"))
            .map { $0.text(in: .english) } == [
            "project 4 started 2024-01-10, before the application was received on 2024-02-01",
            "Sjøgata Bryggeri AS is registered in Hemnes, not Vefsn",
        ])
        #expect(throws: PortfolioError.refused("the amount applied for (3 kr) is more than the total cost (2 kr)")) {
            try GrantRules.application(application(3, 2), applicant: partner, projectStart: nil)
        }
        #expect(throws: PortfolioError.invalidInput("the amount applied for must be more than 0 kr")) {
            try GrantRules.application(application(0, 2), applicant: partner, projectStart: nil)
        }
        #expect(throws: PortfolioError.invalidInput("the project's total cost must be more than 0 kr")) {
            try GrantRules.application(application(1, 0), applicant: partner, projectStart: nil)
        }
    }

    /// The rule book's table of moves and the database trigger agree on every (from, to) pair.
    @Test func theStatusMovesOfTheRuleBookAreTheTriggers() throws {
        let db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/moves.sqlite", actor: "test")
        try PartnerRepository(db).add(name: "Sjøgata Bryggeri AS")
        // Only the status trigger is asked: the CHECK constraints on dates and amounts are another rule.
        try db.connection.execute("PRAGMA ignore_check_constraints = ON")
        for from in GrantStatus.allCases {
            for to in GrantStatus.allCases where to != from {
                try db.connection.execute("DELETE FROM payment")
                try db.connection.execute("DELETE FROM grant")
                try db.connection.execute("""
                    INSERT INTO grant (id, fund_id, applicant_id, amount_applied_ore, total_cost_ore, received_on, status)
                    VALUES (1, 1, 1, 100, 200, '2024-01-01', ?)
                    """, [from.rawValue])
                let database = (try? db.connection.execute("UPDATE grant SET status = ? WHERE id = 1", [to.rawValue])) != nil
                #expect(database == GrantRules.allows(from: from, to: to), "\(from.rawValue) → \(to.rawValue)")
            }
        }
    }
}
