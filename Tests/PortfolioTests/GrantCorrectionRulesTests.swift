import Foundation
import Testing
@testable import Portfolio

/// The rule book's corrections and decisions, without a database: each rule with its exact message.
@Suite struct GrantCorrectionRulesTests {
    static func day(_ text: String) -> Day { GrantRulesTests.day(text) }

    /// 400 000 kr applied for on a 1 000 000 kr project, in the state asked for; approved 2024-03-01 with a deadline.
    static func grant(_ status: GrantStatus = .applied, approved: Int64? = nil, paid: Int64 = 0, deadline: String? = nil,
                      decidedOn: String? = nil, releasedOn: String? = nil) -> Grant {
        Grant(id: 7, fundID: 1, fund: "Kommunalt næringsfond", applicantID: 3, applicant: "Sjøgata Bryggeri AS",
              projectID: nil, purpose: nil, basis: .notAid, amountApplied: Money(kroner: 400_000),
              totalCost: Money(kroner: 1_000_000), receivedOn: day("2024-02-01"), status: status,
              approvedOn: approved == nil ? nil : day("2024-03-01"), amountApproved: approved.map(Money.init(kroner:)),
              deadline: deadline.map(day), caseReference: nil, eurRate: nil, intensityReason: nil,
              decidedOn: decidedOn.map(day), decisionNote: nil, releasedOn: releasedOn.map(day),
              paid: Money(kroner: paid), repaid: .zero)
    }

    static let board = DecisionRecord(decidedBy: "styret", caseReference: "PS 40/24", reason: "Prosjektet er avlyst")

    @Test func aLapseBeforeTheDeadlineIsADecisionWithAReasonAndWhoDecided() throws {
        let open = Self.grant(.approved, approved: 400_000, paid: 100_000, deadline: "2025-03-01")
        let refusal = PortfolioError.refused(
            "grant 7's deadline is 2025-03-01: lapsing its 300 000 kr on 2024-10-01, before the deadline, is a decision; give --reason and --decided-by")
        #expect(throws: refusal) { try GrantRules.lapse(of: open, on: Self.day("2024-10-01")) }
        #expect(throws: refusal) { try GrantRules.lapse(of: open, on: Self.day("2024-10-01"), decision: DecisionRecord(reason: "Avlyst")) }
        #expect(throws: refusal) { try GrantRules.lapse(of: open, on: Self.day("2024-10-01"), decision: DecisionRecord(decidedBy: "styret")) }
        // The deadline day itself is still within it.
        #expect(throws: PortfolioError.self) { try GrantRules.lapse(of: open, on: Self.day("2025-03-01")) }
        #expect(try GrantRules.lapse(of: open, on: Self.day("2024-10-01"), decision: Self.board).note == "Prosjektet er avlyst")
        #expect(try GrantRules.lapse(of: open, on: Self.day("2025-03-02")).releasedOn == Self.day("2025-03-02"))
    }

    @Test func annulmentOnlyWithAReasonAndBeforeAnyPayment() throws {
        #expect(try GrantRules.annulment(of: Self.grant(), reason: "Feil søker").status == .annulled)
        #expect(try GrantRules.annulment(of: Self.grant(.lapsed, approved: 400_000, releasedOn: "2024-05-01"), reason: "Feil").releasedOn == nil)
        #expect(throws: PortfolioError.invalidInput("a correction is kept with its reason: give it with --reason")) {
            try GrantRules.annulment(of: Self.grant(), reason: "  ")
        }
        #expect(throws: PortfolioError.refused("grant 7 has had 1 kr paid out: money that moved is corrected by a repayment, not by annulling the grant")) {
            try GrantRules.annulment(of: Self.grant(.approved, approved: 400_000, paid: 1), reason: "Feil")
        }
        #expect(throws: PortfolioError.refused("grant 7 is already annulled")) {
            try GrantRules.annulment(of: Self.grant(.annulled), reason: "Feil")
        }
    }

    @Test func reinstatementCoversTheUnpaidRestFromTheDayItWasReleased() throws {
        let lapsed = Self.grant(.lapsed, approved: 400_000, paid: 150_000, decidedOn: "2024-06-01", releasedOn: "2024-06-01")
        let back = try GrantRules.reinstatement(of: lapsed, on: Self.day("2024-06-03"), decision: Self.board)
        #expect(back == GrantRules.Correction(status: .approved, releasedOn: nil, cover: Money(kroner: 250_000), coverFrom: Self.day("2024-06-01")))
        let application = Self.grant(.withdrawn, decidedOn: "2024-02-10")
        #expect(try GrantRules.reinstatement(of: application, on: Self.day("2024-02-11"), decision: Self.board).status == .applied)
        #expect(throws: PortfolioError.invalidInput("a correction is kept with its reason: give it with --reason")) {
            try GrantRules.reinstatement(of: lapsed, on: Self.day("2024-06-03"), decision: DecisionRecord(decidedBy: "styret"))
        }
        #expect(throws: PortfolioError.refused("grant 7 is closed: only a lapsed or withdrawn grant can be reinstated")) {
            try GrantRules.reinstatement(of: Self.grant(.closed, approved: 400_000), on: Self.day("2024-06-03"), decision: Self.board)
        }
        #expect(throws: PortfolioError.refused("the reinstatement (2024-05-31) cannot come before the decision it undoes (2024-06-01)")) {
            try GrantRules.reinstatement(of: lapsed, on: Self.day("2024-05-31"), decision: Self.board)
        }
        // What the fund has on the release day and later decides.
        let days = [FundLowPoint(day: Self.day("2024-06-01"), available: Money(kroner: 500_000)),
                    FundLowPoint(day: Self.day("2024-06-02"), available: Money(kroner: 200_000))]
        #expect(throws: PortfolioError.refused("Kommunalt næringsfond has 200 000 kr available on 2024-06-02: it cannot cover 250 000 kr")) {
            try GrantRules.cover(back.cover, from: back.coverFrom!, by: days, fund: "Kommunalt næringsfond")
        }
    }

    @Test func anUpdateNamesTheFieldItRefusesAndWhy() throws {
        let reason = "Feil i søknaden"
        try GrantRules.update(GrantUpdate(amountApplied: Money(kroner: 300_000), applicant: "4", reason: reason), of: Self.grant())
        #expect(throws: PortfolioError.invalidInput("a correction is kept with its reason: give it with --reason")) {
            try GrantRules.update(GrantUpdate(purpose: "Ny"), of: Self.grant())
        }
        #expect(throws: PortfolioError.invalidInput("nothing to update: give the fields to correct, like --purpose or --deadline")) {
            try GrantRules.update(GrantUpdate(reason: reason), of: Self.grant())
        }
        #expect(throws: PortfolioError.refused("the amount applied for (400 000 kr) is more than the total cost (300 000 kr)")) {
            try GrantRules.update(GrantUpdate(totalCost: Money(kroner: 300_000), reason: reason), of: Self.grant())
        }
        let approved = Self.grant(.approved, approved: 400_000, deadline: "2025-03-01")
        #expect(throws: PortfolioError.refused(
            "grant 7 is approved: --received was part of the decided application and cannot change; after the decision only --purpose, --case and a later --deadline can")) {
            try GrantRules.update(GrantUpdate(receivedOn: Self.day("2024-01-01"), purpose: "Ny", reason: reason), of: approved)
        }
        #expect(throws: PortfolioError.refused("the new deadline (2025-02-28) is before the current one (2025-03-01): a deadline can only be extended")) {
            try GrantRules.update(GrantUpdate(deadline: Self.day("2025-02-28"), reason: reason), of: approved)
        }
        try GrantRules.update(GrantUpdate(purpose: "Ny", caseReference: "24/9", deadline: Self.day("2025-06-01"), reason: reason), of: approved)
        #expect(throws: PortfolioError.refused("grant 7 is lapsed: only an approved grant still open has a deadline to extend")) {
            try GrantRules.update(GrantUpdate(deadline: Self.day("2025-06-01"), reason: reason),
                                  of: Self.grant(.lapsed, approved: 400_000, releasedOn: "2024-06-01"))
        }
        #expect(throws: PortfolioError.refused("grant 7 is annulled: an annulled grant is not updated")) {
            try GrantRules.update(GrantUpdate(purpose: "Ny", reason: reason), of: Self.grant(.annulled))
        }
    }

    @Test func aRecusalIsANameAndItsGrounds() throws {
        #expect(try Recusal(parsing: " Kari Nordmann : styreleder i søkerselskapet ") == Recusal(name: "Kari Nordmann", grounds: "styreleder i søkerselskapet"))
        #expect(throws: PortfolioError.invalidInput("--recused \"Kari Nordmann\": write the member and the grounds as \"NAME: grounds\"")) {
            try Recusal(parsing: "Kari Nordmann")
        }
        #expect(throws: PortfolioError.invalidInput("--recused \": inhabil\": write the member and the grounds as \"NAME: grounds\"")) {
            try Recusal(parsing: ": inhabil")
        }
    }
}
