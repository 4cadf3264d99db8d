import Foundation
import Testing
@testable import Portfolio
import TestSupport

/// The rule book of conditions and payment requests, without a database: every
/// refusal with its message, and the final payment to the øre.
@Suite struct PaymentRequestRulesTests {
    static func day(_ text: String) -> Day { try! Day(parsing: text) }

    /// An approved grant of `approved` kroner with `paid` kroner paid and the conditions given.
    static func grant(approved: Int64 = 100_000, paid: Int64 = 0, maxShare: String? = nil, holdback: String? = nil,
                      completion: String? = nil) -> Grant {
        var grant = Grant(id: 7, fundID: 1, fund: "Kommunalt næringsfond", applicantID: 3, applicant: "Herøy Fisk AS",
                          projectID: nil, purpose: nil, basis: .notAid, amountApplied: Money(kroner: approved),
                          totalCost: Money(kroner: 1_000_000), receivedOn: day("2021-03-01"), status: .approved,
                          approvedOn: day("2021-04-01"), amountApproved: Money(kroner: approved), deadline: nil, caseReference: nil,
                          eurRate: nil, intensityReason: nil, decidedOn: nil, decisionNote: nil, releasedOn: nil,
                          paid: Money(kroner: paid), repaid: .zero)
        grant.conditions = GrantConditions(completion: completion.map(day),
                                           maxShare: maxShare.map { try! Percentage(parsing: $0, option: "--max-share") },
                                           holdback: holdback.map { try! Percentage(parsing: $0, option: "--holdback") })
        return grant
    }

    static func request(_ id: Int64 = 1, amount: Int64, costs: Int64, final: Bool = false, on date: String = "2021-10-01",
                        paidOn: String? = nil) -> PaymentRequest {
        PaymentRequest(id: id, grantID: 7, requestedOn: day(date), amount: Money(kroner: amount), costs: Money(kroner: costs),
                       isFinal: final, report: final ? "Sluttrapport" : nil, paidOn: paidOn.map(day), paidAmount: nil)
    }

    func draft(amount: Int64, costs: Int64, final: Bool = false, report: String? = nil, on date: String = "2021-10-01") -> PaymentRequestDraft {
        PaymentRequestDraft(date: Self.day(date), amount: Money(kroner: amount), costs: Money(kroner: costs), isFinal: final, report: report)
    }

    @Test func percentagesAreReadExactlyInHundredths() throws {
        #expect(try Percentage(parsing: "12,07", option: "--max-share").hundredths == 1207)
        #expect(try Percentage(parsing: "12.07", option: "--max-share").hundredths == 1207)
        #expect(try Percentage(parsing: " 10 % ", option: "--holdback").hundredths == 1000)
        #expect(try Percentage(parsing: "12,5", option: "--max-share").hundredths == 1250)
        #expect(try Percentage(parsing: "100", option: "--max-share").hundredths == 10_000)
        #expect(throws: PortfolioError.invalidInput("'12,075' is not a percentage for --max-share; write it like 12,07 or 12.07 (at most two decimals)")) {
            try Percentage(parsing: "12,075", option: "--max-share")
        }
        #expect(throws: PortfolioError.invalidInput("'-5' is not a percentage for --holdback; write it like 12,07 or 12.07 (at most two decimals)")) {
            try Percentage(parsing: "-5", option: "--holdback")
        }
        #expect(throws: PortfolioError.invalidInput("--holdback must be more than 0 % and at most 100 %, not '100,01'")) {
            try Percentage(parsing: "100,01", option: "--holdback")
        }
        #expect(throws: PortfolioError.invalidInput("--max-share must be more than 0 % and at most 100 %, not '0'")) {
            try Percentage(parsing: "0", option: "--max-share")
        }
        // A share of an amount is rounded down to whole øre; a holdback up.
        let share = try Percentage(parsing: "12,07", option: "--max-share")
        #expect(share.of(Money(kroner: 400_000)) == Money(kroner: 48_280))
        #expect(share.of(Money(ore: 100)) == Money(ore: 12))
        #expect(share.roundedUp(of: Money(ore: 100)) == Money(ore: 13))
    }

    @Test func theHerøyFinalPaymentIsTheShareOfTheDocumentedCosts() throws {
        let grant = Self.grant(approved: 70_000, maxShare: "12,07")
        let change = try GrantRules.payment(of: Self.request(amount: 70_000, costs: 400_000, final: true), on: Self.day("2022-02-01"), to: grant)
        #expect(change.payment?.amount == Money(kroner: 48_280))
        #expect(change.payment?.isFinal == true && change.payment?.requestID == 1)
        #expect(change.status == .closed && change.releasedOn == Self.day("2022-02-01"))
        // What was paid before counts against the share; the amount asked caps it too; so does what remains.
        #expect(GrantRules.finalAmount(of: Self.request(amount: 70_000, costs: 400_000, final: true),
                                       on: Self.grant(approved: 70_000, paid: 30_000, maxShare: "12,07")) == Money(kroner: 18_280))
        #expect(GrantRules.finalAmount(of: Self.request(amount: 40_000, costs: 400_000, final: true), on: grant) == Money(kroner: 40_000))
        #expect(GrantRules.finalAmount(of: Self.request(amount: 70_000, costs: 1_000_000, final: true), on: grant) == Money(kroner: 70_000))
    }

    @Test func holdbackKeepsTheLastTenPercentUntilTheFinalReport() throws {
        let grant = Self.grant(holdback: "10")
        #expect(grant.holdbackAmount == Money(kroner: 10_000))
        #expect(throws: PortfolioError.refused("grant 7 holds back 10 000 kr until the final report: a part payment of 95 000 kr would eat into it; at most 90 000 kr can be paid before the final request")) {
            try GrantRules.request(draft(amount: 95_000, costs: 300_000), on: grant, earlier: [])
        }
        try GrantRules.request(draft(amount: 90_000, costs: 300_000), on: grant, earlier: [])
        let part = try GrantRules.payment(of: Self.request(amount: 90_000, costs: 300_000), on: Self.day("2021-10-02"), to: grant)
        #expect(part.status == .approved && part.payment?.amount == Money(kroner: 90_000) && part.releasedOn == nil)
        let final = try GrantRules.payment(of: Self.request(2, amount: 10_000, costs: 400_000, final: true),
                                           on: Self.day("2022-02-01"), to: Self.grant(paid: 90_000, holdback: "10"))
        #expect(final.payment?.amount == Money(kroner: 10_000) && final.status == .closed)
    }

    @Test func requestRefusals() throws {
        let grant = Self.grant(maxShare: "25", completion: "2021-12-31")
        #expect(throws: PortfolioError.refused("grant 7: a final payment request needs the final report: give --report or --report-file")) {
            try GrantRules.request(draft(amount: 10_000, costs: 400_000, final: true, report: "  "), on: grant, earlier: [])
        }
        #expect(throws: PortfolioError.refused("the documented costs (200 000 kr) are lower than those of request 1 on 2021-10-01 (300 000 kr): costs are accumulated and never go down")) {
            try GrantRules.request(draft(amount: 10_000, costs: 200_000), on: grant, earlier: [Self.request(amount: 50_000, costs: 300_000)])
        }
        #expect(throws: PortfolioError.refused("grant 7 was to be completed by 2021-12-31: a part payment on 2022-01-05 needs the completion date moved later (mon grant update 7 --completion DATE --reason …); the final payment may still come after it")) {
            try GrantRules.request(draft(amount: 10_000, costs: 300_000, on: "2022-01-05"), on: grant, earlier: [])
        }
        #expect(throws: PortfolioError.refused("60 000 kr is more than the grant may cover: 25.00 % of the documented costs 200 000 kr is 50 000 kr, of which 0 kr is paid")) {
            try GrantRules.request(draft(amount: 60_000, costs: 200_000), on: grant, earlier: [])
        }
        #expect(throws: PortfolioError.invalidInput("the amount asked for must be more than 0 kr")) {
            try GrantRules.request(draft(amount: 0, costs: 200_000), on: grant, earlier: [])
        }
        #expect(throws: PortfolioError.refused("2021-03-15 is before the grant was approved (2021-04-01)")) {
            try GrantRules.request(draft(amount: 10_000, costs: 200_000, on: "2021-03-15"), on: grant, earlier: [])
        }
    }

    @Test func paymentRefusals() throws {
        let grant = Self.grant(maxShare: "25", completion: "2021-12-31")
        #expect(throws: PortfolioError.refused("payment request 1 was paid on 2021-10-05: a request is paid once")) {
            try GrantRules.payment(of: Self.request(amount: 10_000, costs: 200_000, paidOn: "2021-10-05"), on: Self.day("2021-11-01"), to: grant)
        }
        #expect(throws: PortfolioError.refused("the payment (2021-09-01) cannot come before the request (2021-10-01)")) {
            try GrantRules.payment(of: Self.request(amount: 10_000, costs: 200_000), on: Self.day("2021-09-01"), to: grant)
        }
        // A part request recorded in time is not paid after the completion date without an extension.
        #expect(throws: PortfolioError.refused("grant 7 was to be completed by 2021-12-31: a part payment on 2022-01-10 needs the completion date moved later (mon grant update 7 --completion DATE --reason …); the final payment may still come after it")) {
            try GrantRules.payment(of: Self.request(amount: 10_000, costs: 200_000), on: Self.day("2022-01-10"), to: grant)
        }
        #expect(throws: PortfolioError.refused("grant 7: 50 000 kr has been paid, as much as its share of the documented costs allows: nothing is due on the final request")) {
            try GrantRules.payment(of: Self.request(amount: 10_000, costs: 200_000, final: true), on: Self.day("2022-01-10"),
                                   to: Self.grant(paid: 50_000, maxShare: "25"))
        }
        #expect(throws: PortfolioError.refused("grant 7 has a holdback or a largest share of costs: pay it against a payment request (mon grant request 7 …, then mon grant pay 7 --request N)")) {
            try GrantRules.payment(of: Money(kroner: 10_000), on: Self.day("2021-10-01"), to: grant, final: false)
        }
    }

    @Test func anExtensionMovesTheCompletionOnlyLater() throws {
        let grant = Self.grant(completion: "2021-12-31")
        try GrantRules.laterCompletion(Self.day("2022-06-30"), of: grant)
        #expect(throws: PortfolioError.refused("the completion date can only move later: 2021-11-30 is before 2021-12-31")) {
            try GrantRules.laterCompletion(Self.day("2021-11-30"), of: grant)
        }
    }

    @Test func conditionDaysComeOnOrAfterTheApproval() throws {
        #expect(throws: PortfolioError.refused("the completion date (2021-03-01) cannot come before the approval (2021-04-01)")) {
            try GrantRules.conditions(GrantConditions(completion: Self.day("2021-03-01")), approvedOn: Self.day("2021-04-01"))
        }
        #expect(throws: PortfolioError.refused("the final report's due date (2021-03-01) cannot come before the approval (2021-04-01)")) {
            try GrantRules.conditions(GrantConditions(reportDue: Self.day("2021-03-01")), approvedOn: Self.day("2021-04-01"))
        }
    }
}
