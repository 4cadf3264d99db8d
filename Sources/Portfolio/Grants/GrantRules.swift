import Foundation

/// The rules of the fund and its grants, in one place and free of SQLite:
/// each function takes the facts a decision needs and returns the change to
/// write, or throws a refusal that says why. `GrantRepository` loads the facts,
/// asks, and writes once; the import, and every later way of changing a grant,
/// ask the same functions.
///
///     let change = try GrantRules.payment(of: Money(kroner: 50_000), on: day, to: grant, final: false)
///     // change.status == .approved, change.payment?.amount == 50 000 kr
public enum GrantRules {
    /// Every move a grant's status may make; the database trigger
    /// `grant_status_moves_as_drawn` allows exactly these (a test walks both).
    /// A lapse or withdrawal recorded in error goes back (reinstated); a grant
    /// nothing was paid on may be annulled.
    public static let moves: [GrantStatus: Set<GrantStatus>] = [
        .applied: [.approved, .rejected, .withdrawn, .annulled],
        .approved: [.paid, .closed, .lapsed, .withdrawn, .repaid, .annulled],
        .paid: [.closed, .repaid],
        .closed: [.repaid],
        .rejected: [.annulled], .withdrawn: [.applied, .approved, .annulled], .lapsed: [.approved, .annulled],
        .repaid: [], .annulled: [],
    ]

    public static func allows(from: GrantStatus, to: GrantStatus) -> Bool {
        from == to || moves[from, default: []].contains(to)
    }

    // MARK: Application

    /// An application as received; returns the warnings it raises without refusing it.
    public static func application(_ application: GrantApplication, applicant: Partner, projectStart: Day?,
                                   today: Day = .today()) throws -> [Message] {
        guard application.receivedOn <= today else {
            throw PortfolioError.refused(Message("grant.application.received_ahead", ["received": .day(application.receivedOn), "today": .day(today)]))
        }
        guard application.amount > .zero else { throw PortfolioError.invalidInput(Message("grant.application.amount_not_positive")) }
        guard application.totalCost > .zero else { throw PortfolioError.invalidInput(Message("grant.application.cost_not_positive")) }
        guard application.amount <= application.totalCost else {
            throw PortfolioError.refused(Message("grant.application.more_than_cost",
                                                          ["amount": .money(application.amount), "cost": .money(application.totalCost)]))
        }
        var warnings: [Message] = []
        if let projectID = application.projectID, let start = projectStart, start < application.receivedOn {
            warnings.append(Message("grant.warning.project_started_before",
                                     ["project": .text("\(projectID)"), "start": .day(start), "received": .day(application.receivedOn)]))
        }
        if applicant.municipality?.lowercased() != "vefsn" {
            warnings.append(applicant.municipality.map {
                Message("grant.warning.outside_vefsn", ["applicant": .text(applicant.name), "municipality": .text($0)])
            } ?? Message("grant.warning.no_municipality", ["applicant": .text(applicant.name)]))
        }
        return warnings
    }

    // MARK: Approval

    /// What an approval writes, and what it warns about.
    public struct Approval: Equatable, Sendable {
        public let amount: Money
        /// NOK per EUR, recorded with the grant: always there for state aid.
        public let eurRate: Double?
        public let warnings: [Message]
    }

    /// An approval, checked against everything but the fund's cover (`cover(_:from:by:)`):
    /// the status, the dates, the support intensity, and for de minimis aid the undertaking's ceiling.
    /// `deMinimis` is the undertaking's position without this grant; nil when the basis is not de minimis.
    public static func approval(_ approval: GrantApproval, of grant: Grant, limits: GrantLimits,
                                deMinimis: DeMinimisPosition?) throws -> Approval {
        guard grant.status == .applied else {
            throw PortfolioError.refused(Message("grant.approve.not_application", grant.naming))
        }
        let amount = approval.amount ?? grant.amountApplied
        let day = approval.date
        guard amount > .zero else { throw PortfolioError.invalidInput(Message("grant.approve.amount_not_positive")) }
        guard amount <= grant.amountApplied else {
            throw PortfolioError.refused(Message("grant.approve.more_than_applied", ["amount": .money(amount), "applied": .money(grant.amountApplied)]))
        }
        guard day >= grant.receivedOn else {
            throw PortfolioError.refused(Message("grant.approve.before_received", ["day": .day(day), "received": .day(grant.receivedOn)]))
        }
        if let deadline = approval.deadline, deadline < day {
            throw PortfolioError.refused(Message("grant.approve.deadline_before_approval", ["deadline": .day(deadline), "day": .day(day)]))
        }
        try intensity(amount: amount, totalCost: grant.totalCost, limits: limits, reason: approval.reason?.trimmed.nilIfEmpty)
        try conditions(approval.conditions, approvedOn: day)
        var warnings: [Message] = []
        if grant.basis.isStateAid {
            // State aid is counted against the ceiling and reported to the register in EUR.
            guard let rate = approval.eurRate else {
                throw PortfolioError.refused(Message("rate.approval_needs_rate", ["month": .text(Month(of: day).iso)]))
            }
            if grant.basis == .deMinimis, let deMinimis {
                try ceiling(award: amount, rate: rate, applicant: grant.applicant, position: deMinimis)
            }
            let award = Euro(amount, rate: rate)
            if award >= limits.registerThreshold {
                warnings.append(Message("grant.warning.register", ["award": .euro(award), "threshold": .euro(limits.registerThreshold)]))
            }
        }
        return Approval(amount: amount, eurRate: approval.eurRate, warnings: warnings)
    }

    /// Above the upper limit is refused; above the lower one needs a reason.
    static func intensity(amount: Money, totalCost: Money, limits: GrantLimits, reason: String?) throws {
        let intensity = Decimal(amount.ore) / Decimal(totalCost.ore)
        if intensity > limits.intensityMax {
            throw PortfolioError.refused(Message("grant.approve.intensity_above_max", ["intensity": .percent(intensity), "amount": .money(amount),
                                                                                 "cost": .money(totalCost), "limit": .percent(limits.intensityMax)]))
        }
        if intensity > limits.intensityReasonAbove && reason == nil {
            throw PortfolioError.refused(Message("grant.approve.intensity_needs_reason",
                                                  ["intensity": .percent(intensity), "limit": .percent(limits.intensityReasonAbove)]))
        }
    }

    /// De minimis aid may not take the undertaking over the ceiling of its window.
    static func ceiling(award amount: Money, rate: Double, applicant: String, position: DeMinimisPosition) throws {
        let award = Euro(amount, rate: rate)
        guard position.total + award <= position.ceiling else {
            throw PortfolioError.refused(Message("grant.approve.de_minimis_ceiling", [
                "award": .euro(award), "amount": .money(amount), "rate": .decimal(rate, places: 2), "applicant": .text(applicant),
                "total": .euro(position.total + award), "start": .day(position.windowStart), "end": .day(position.windowEnd),
                "aid": .euro(position.total), "ceiling": .euro(position.ceiling), "headroom": .euro(position.headroom),
            ]))
        }
    }

    /// The fund must cover `amount` on `day` and on every later day: an approval
    /// dated back may not take money a later one already holds. `days` is the
    /// fund's availability, without this approval, at the end of each day it changed.
    public static func cover(_ amount: Money, from day: Day, by days: [FundLowPoint], fund: String) throws {
        let low = lowPoint(of: days, from: day)
        guard low.available >= amount else { throw uncovered(amount, available: low.available, on: low.day, fund: fund) }
    }

    /// The refusal of an approval the fund cannot cover: the import finds it over a whole file at once.
    static func uncovered(_ amount: Money, available: Money, on day: Day, fund: String) -> PortfolioError {
        PortfolioError.refused(Message("fund.cannot_cover", ["fund": .text(fund), "available": .money(available), "day": .day(day),
                                                       "amount": .money(amount)]))
    }

    /// The lowest the fund's available money stands on `day` or any later day.
    public static func lowPoint(of days: [FundLowPoint], from day: Day) -> FundLowPoint {
        let onDay = FundLowPoint(day: day, available: days.last { $0.day <= day }?.available ?? .zero)
        return days.filter { $0.day > day }.reduce(onDay) { $1.available < $0.available ? $1 : $0 }
    }

    // MARK: The steps after

    /// A change of a grant's status, with the money it moves.
    public struct Change: Equatable, Sendable {
        public let status: GrantStatus
        /// Set when the step is a decision on the grant (rejected, withdrawn, lapsed, closed).
        public let decidedOn: Day?
        /// The day the unpaid rest returns to the fund.
        public let releasedOn: Day?
        public var note: String?
        public let payment: Payment?

        init(status: GrantStatus, decidedOn: Day? = nil, releasedOn: Day? = nil, note: String? = nil, payment: Payment? = nil) {
            self.status = status
            self.decidedOn = decidedOn
            self.releasedOn = releasedOn
            self.note = note
            self.payment = payment
        }
    }

    /// Money into or out of the fund on a grant.
    public struct Payment: Equatable, Sendable {
        public let day: Day
        public let amount: Money
        public let isRepayment: Bool
        public let isFinal: Bool
        /// The payment request it pays, if any.
        public var requestID: Int64? = nil
    }

    public static func rejection(of grant: Grant, on day: Day, reason: String?) throws -> Change {
        guard grant.status == .applied else {
            throw PortfolioError.refused(Message("grant.reject.not_application", grant.naming))
        }
        try notBefore(day, grant.receivedOn, "grant.date_before_received")
        return Change(status: .rejected, decidedOn: day, note: reason?.trimmed.nilIfEmpty)
    }

    /// The applicant withdraws: an application, or an approved grant nothing has been paid on.
    public static func withdrawal(of grant: Grant, on day: Day, reason: String? = nil) throws -> Change {
        switch grant.status {
        case .applied:
            try notBefore(day, grant.receivedOn, "grant.date_before_received")
            return Change(status: .withdrawn, decidedOn: day, note: reason?.trimmed.nilIfEmpty)
        case .approved where grant.paid == .zero:
            try notBefore(day, grant.approvedOn, "grant.date_before_approval")
            return Change(status: .withdrawn, decidedOn: day, releasedOn: day, note: reason?.trimmed.nilIfEmpty)
        case .approved:
            throw PortfolioError.refused(Message("grant.withdraw.paid", grant.naming.merging(["paid": .money(grant.paid)]) { $1 }))
        default:
            throw PortfolioError.refused(Message("grant.withdraw.not_open", grant.naming))
        }
    }

    /// A payment out of the fund. `final` settles the grant: the unpaid rest is released.
    /// A grant with a holdback or a largest share of costs is paid only against a request.
    public static func payment(of amount: Money, on day: Day, to grant: Grant, final: Bool) throws -> Change {
        try payable(grant)
        guard !grant.isPaidOnRequest else { throw PortfolioError.refused(Message("request.needed", grant.naming)) }
        guard amount > .zero else { throw PortfolioError.invalidInput(Message("grant.pay.not_positive")) }
        guard amount <= grant.remaining else {
            throw PortfolioError.refused(Message("grant.pay.too_much", grant.naming.merging(
                ["remaining": .money(grant.remaining), "amount": .money(amount), "excess": .money(amount - grant.remaining)]) { $1 }))
        }
        try notBefore(day, grant.approvedOn, "grant.date_before_approval")
        let payment = Payment(day: day, amount: amount, isRepayment: false, isFinal: final)
        if final { return Change(status: .closed, decidedOn: day, releasedOn: day, payment: payment) }
        return Change(status: amount == grant.remaining ? .paid : .approved, decidedOn: nil, releasedOn: nil, payment: payment)
    }

    /// Only an approved grant with money left takes a payment.
    static func payable(_ grant: Grant) throws {
        switch grant.status {
        case .approved: return
        case .applied: throw PortfolioError.refused(Message("grant.pay.not_approved", grant.naming))
        case .paid: throw PortfolioError.refused(Message("grant.pay.fully_paid", grant.naming))
        default: throw PortfolioError.refused(Message("grant.pay.closed", grant.naming))
        }
    }

    /// The deadline passed: what is unpaid returns to the fund. On or before the
    /// deadline a grant lapses only by a decision that says who made it and why.
    public static func lapse(of grant: Grant, on day: Day, decision: DecisionRecord = DecisionRecord()) throws -> Change {
        guard grant.status == .approved else {
            throw PortfolioError.refused(Message(grant.status == .paid ? "grant.lapse.fully_paid" : "grant.lapse.not_open", grant.naming))
        }
        try notBefore(day, grant.approvedOn, "grant.date_before_approval")
        if let deadline = grant.deadline, day <= deadline, !decision.isReasoned {
            throw PortfolioError.refused(Message("grant.lapse.before_deadline", grant.naming.merging(
                ["deadline": .day(deadline), "day": .day(day), "amount": .money(grant.remaining)]) { $1 }))
        }
        return Change(status: .lapsed, decidedOn: day, releasedOn: day, note: decision.reason)
    }

    /// The recipient pays money back (tilbakebetaling); what was unpaid is released too.
    public static func repayment(of amount: Money, on day: Day, by grant: Grant) throws -> Change {
        guard [.approved, .paid, .closed, .repaid].contains(grant.status) else {
            throw PortfolioError.refused(Message("grant.repay.nothing_paid", grant.naming))
        }
        guard amount > .zero else { throw PortfolioError.invalidInput(Message("grant.repay.not_positive")) }
        let repayable = grant.paid - grant.repaid
        guard amount <= repayable else {
            throw PortfolioError.refused(Message("grant.repay.too_much", grant.naming.merging(
                ["paid": .money(grant.paid), "repaid": .money(grant.repaid), "repayable": .money(repayable), "amount": .money(amount)]) { $1 }))
        }
        try notBefore(day, grant.approvedOn, "grant.date_before_approval")
        return Change(status: .repaid, releasedOn: grant.releasedOn ?? day,
                      payment: Payment(day: day, amount: amount, isRepayment: true, isFinal: false))
    }

    /// Closes a fully paid grant once its final report is in.
    public static func closing(of grant: Grant, on day: Day, reason: String? = nil) throws -> Change {
        guard grant.status == .paid else {
            throw PortfolioError.refused(Message("grant.close.not_paid", grant.naming))
        }
        try notBefore(day, grant.approvedOn, "grant.date_before_approval")
        return Change(status: .closed, decidedOn: day, releasedOn: day, note: reason?.trimmed.nilIfEmpty)
    }

    static func notBefore(_ day: Day, _ earliest: Day?, _ key: Message.Key) throws {
        guard let earliest, day < earliest else { return }
        throw PortfolioError.refused(Message(key, ["day": .day(day), "earliest": .day(earliest)]))
    }
}

extension Grant {
    /// The grant's id and status, as most of the rules' sentences name them.
    var naming: [String: Message.Argument] { ["grant": .text("\(id)"), "status": .message(status.words)] }
}

extension GrantStatus {
    /// The status in words, in the reader's language.
    public var words: Message { Message(Message.Key(rawValue: "grant_status." + rawValue)) }
}

/// The limits the rules apply on one day, from the dated parameters.
public struct GrantLimits: Equatable, Sendable {
    /// Support intensity above this is refused.
    public let intensityMax: Decimal
    /// Support intensity above this needs a recorded reason.
    public let intensityReasonAbove: Decimal
    /// An award of state aid at or above this must be reported to Registeret for offentlig støtte.
    public let registerThreshold: Euro

    public init(intensityMax: Decimal, intensityReasonAbove: Decimal, registerThreshold: Euro) {
        self.intensityMax = intensityMax
        self.intensityReasonAbove = intensityReasonAbove
        self.registerThreshold = registerThreshold
    }
}
