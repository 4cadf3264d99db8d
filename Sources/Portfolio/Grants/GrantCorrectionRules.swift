import Foundation

/// The rule book's corrections: a grant annulled, reinstated or updated, each
/// with a reason, each refused when it would break a rule. Free of SQLite like
/// the rest of `GrantRules`.
///
///     let annulled = try GrantRules.annulment(of: grant, reason: "Registrert på feil søker")
extension GrantRules {
    /// What a correction writes; `GrantRepository` writes exactly this.
    public struct Correction: Equatable, Sendable {
        public let status: GrantStatus
        /// The day the unpaid rest returns to the fund; nil clears it.
        public let releasedOn: Day?
        /// What the fund must cover again, from `coverFrom` on; zero when nothing.
        public let cover: Money
        public let coverFrom: Day?
    }

    /// A grant registered in error: allowed only while nothing was paid on it.
    public static func annulment(of grant: Grant, reason: String?) throws -> Correction {
        guard reason?.trimmed.nilIfEmpty != nil else { throw PortfolioError.invalidInput(Message("grant.correction.needs_reason")) }
        guard grant.status != .annulled else { throw PortfolioError.refused(Message("grant.annul.already", grant.naming)) }
        guard grant.paid == .zero else {
            throw PortfolioError.refused(Message("grant.annul.paid", grant.naming.merging(["paid": .money(grant.paid)]) { $1 }))
        }
        return Correction(status: .annulled, releasedOn: nil, cover: .zero, coverFrom: nil)
    }

    /// A lapse or withdrawal recorded in error is undone: the grant is open again
    /// (an application again when it was withdrawn before its approval). Its unpaid
    /// rest is committed again as if it had never been released, so the fund must
    /// cover it from the day it was released on every later day (`cover(_:from:by:fund:)`).
    public static func reinstatement(of grant: Grant, on day: Day, decision: DecisionRecord) throws -> Correction {
        guard decision.reason != nil else { throw PortfolioError.invalidInput(Message("grant.correction.needs_reason")) }
        guard [.lapsed, .withdrawn].contains(grant.status) else {
            throw PortfolioError.refused(Message("grant.reinstate.not_released", grant.naming))
        }
        try notBefore(day, grant.decidedOn, "grant.reinstate.before_decision")
        guard let approved = grant.amountApproved, let released = grant.releasedOn else {
            return Correction(status: .applied, releasedOn: nil, cover: .zero, coverFrom: nil)
        }
        return Correction(status: .approved, releasedOn: nil, cover: approved - grant.paid, coverFrom: released)
    }
}

/// Corrections of an application's fields, as `mon grant update` takes them: nil leaves a field as it is.
public struct GrantUpdate: Equatable, Sendable {
    public var amountApplied: Money?
    public var totalCost: Money?
    public var applicant: String?
    public var projectID: Int64?
    public var basis: AidBasis?
    public var receivedOn: Day?
    public var purpose: String?
    public var caseReference: String?
    public var deadline: Day?
    public var reason: String?

    public init(amountApplied: Money? = nil, totalCost: Money? = nil, applicant: String? = nil, projectID: Int64? = nil,
                basis: AidBasis? = nil, receivedOn: Day? = nil, purpose: String? = nil, caseReference: String? = nil,
                deadline: Day? = nil, reason: String? = nil) {
        self.amountApplied = amountApplied
        self.totalCost = totalCost
        self.applicant = applicant
        self.projectID = projectID
        self.basis = basis
        self.receivedOn = receivedOn
        self.purpose = purpose
        self.caseReference = caseReference
        self.deadline = deadline
        self.reason = reason
    }

    /// The options of the application's own fields that were given, by their names on the command line.
    var applicationFields: [String] {
        [("--amount", amountApplied != nil), ("--total-cost", totalCost != nil), ("--applicant", applicant != nil),
         ("--project", projectID != nil), ("--basis", basis != nil), ("--received", receivedOn != nil)]
            .filter { $0.1 }.map { $0.0 }
    }

    /// A later completion date: the extension a part payment after the old date needs.
    public var completion: Day? = nil

    var isEmpty: Bool { applicationFields.isEmpty && purpose == nil && caseReference == nil && deadline == nil && completion == nil }
}

extension GrantRules {
    /// An update of a grant's fields: all of the application's while it is undecided;
    /// after the decision only the purpose, the case reference, and a later deadline
    /// while it is open. Each refusal names the field and why.
    public static func update(_ update: GrantUpdate, of grant: Grant) throws {
        guard update.reason?.trimmed.nilIfEmpty != nil else { throw PortfolioError.invalidInput(Message("grant.correction.needs_reason")) }
        guard !update.isEmpty else { throw PortfolioError.invalidInput(Message("grant.update.nothing")) }
        guard grant.status != .annulled else { throw PortfolioError.refused(Message("grant.update.annulled", grant.naming)) }
        if grant.status != .applied, let field = update.applicationFields.first {
            throw PortfolioError.refused(Message("grant.update.decided", grant.naming.merging(["field": .text(field)]) { $1 }))
        }
        if let deadline = update.deadline {
            guard grant.status == .approved, let current = grant.deadline ?? grant.approvedOn else {
                throw PortfolioError.refused(Message("grant.update.deadline_not_open", grant.naming))
            }
            guard deadline >= current else {
                throw PortfolioError.refused(Message("grant.update.deadline_earlier", ["deadline": .day(deadline), "current": .day(current)]))
            }
        }
        if let completion = update.completion { try laterCompletion(completion, of: grant) }
        let amount = update.amountApplied ?? grant.amountApplied
        let cost = update.totalCost ?? grant.totalCost
        guard amount > .zero else { throw PortfolioError.invalidInput(Message("grant.application.amount_not_positive")) }
        guard cost > .zero else { throw PortfolioError.invalidInput(Message("grant.application.cost_not_positive")) }
        guard amount <= cost else {
            throw PortfolioError.refused(Message("grant.application.more_than_cost", ["amount": .money(amount), "cost": .money(cost)]))
        }
    }
}
