import Foundation

/// Where a grant stands:
///
///     applied ─► approved ─► (partly paid) ─► paid ─► closed
///        ├► rejected ├► lapsed, withdrawn ├► lapsed, repaid
///
/// A grant registered in error is `annulled` (before any payment): it leaves every figure.
public enum GrantStatus: String, Choice {
    case applied, approved, paid, closed, rejected, withdrawn, lapsed, repaid, annulled

    public static let catalogueName = "grant_status"
}

/// Under which rule a grant is given, which decides how it counts as state aid.
public enum AidBasis: String, Choice {
    /// Bagatellmessig støtte: counted against the de minimis ceiling.
    case deMinimis = "de-minimis"
    /// Under the General Block Exemption Regulation.
    case gber
    /// A purchase at market price: no aid.
    case purchase
    /// Not state aid (a public or non-economic recipient).
    case notAid = "not-aid"

    public static let catalogueName = "aid_basis"
    public static let aliases: [String: AidBasis] = ["bagatellmessig": .deMinimis, "gruppeunntak": .gber, "ikke-støtte": .notAid]

    /// State aid is reported to Registeret for offentlig støtte from the threshold on.
    public var isStateAid: Bool { self == .deMinimis || self == .gber }
}

/// A grant (tilsagn): the application, the decision and the money paid on it.
public struct Grant: Equatable, Sendable {
    public let id: Int64
    public let fundID: Int64
    /// The fund's name.
    public let fund: String
    public let applicantID: Int64
    public let applicant: String
    public let projectID: Int64?
    public let purpose: String?
    public let basis: AidBasis
    public let amountApplied: Money
    public let totalCost: Money
    public let receivedOn: Day
    public let status: GrantStatus
    public let approvedOn: Day?
    public let amountApproved: Money?
    public let deadline: Day?
    public let caseReference: String?
    /// NOK per EUR on the day of approval.
    public let eurRate: Double?
    public let intensityReason: String?
    public let decidedOn: Day?
    public let decisionNote: String?
    public let releasedOn: Day?
    /// Why it was annulled, or why its fields were last corrected.
    public var correctionReason: String? = nil
    /// The reporting category's code (`reporting_category`), given on approval.
    public var category: String? = nil
    /// The target groups it reaches (women, young people, immigrants), given on approval.
    public var targets: [TargetGroup] = []
    /// Its last decision with who made it; nil before the first.
    public var lastDecision: GrantDecision? = nil
    /// Paid out, before repayments.
    public let paid: Money
    public let repaid: Money
    /// The conditions its approval set.
    public var conditions = GrantConditions()

    /// What may still be paid: the approved amount less payments, while the grant is open.
    public var remaining: Money {
        status == .approved ? (amountApproved ?? .zero) - paid : .zero
    }

    /// Support intensity: the amount approved (or applied for, before a decision) ÷ the project's total cost.
    public var intensity: Decimal {
        Decimal((amountApproved ?? amountApplied).ore) / Decimal(totalCost.ore)
    }

    /// The award in EUR at the rate recorded on approval.
    public var awardEUR: Euro? {
        guard let amountApproved, let eurRate else { return nil }
        return Euro(amountApproved, rate: eurRate)
    }

    /// True once approved and until it is fully paid or released.
    public var isPartlyPaid: Bool { status == .approved && paid > .zero }
}

/// One payment out of the fund, or one repayment into it.
public struct GrantPayment: Equatable, Sendable {
    public let paidOn: Day
    public let amount: Money
    public let isRepayment: Bool
    public let isFinal: Bool
}

/// An application for a grant, as `mon grant apply` takes it.
public struct GrantApplication: Sendable {
    public var applicant: String
    public var amount: Money
    public var totalCost: Money
    public var projectID: Int64?
    public var fund: String?
    public var receivedOn: Day
    /// Nil: the fund's default basis (`deminimis_basis_default`), de minimis unless the fund set another.
    public var basis: AidBasis?
    public var purpose: String?
    /// The round it is placed in; nil: the earliest round whose deadline it met.
    public var round: String?

    public init(applicant: String, amount: Money, totalCost: Money, projectID: Int64? = nil, fund: String? = nil,
                receivedOn: Day, basis: AidBasis? = nil, purpose: String? = nil) {
        self.applicant = applicant
        self.amount = amount
        self.totalCost = totalCost
        self.projectID = projectID
        self.fund = fund
        self.receivedOn = receivedOn
        self.basis = basis
        self.purpose = purpose
    }
}

/// A decision to approve, as `mon grant approve` takes it.
public struct GrantApproval: Sendable {
    public var date: Day
    /// The amount approved; the amount applied for when nil.
    public var amount: Money?
    public var deadline: Day?
    public var caseReference: String?
    public var eurRate: Double?
    public var reason: String?
    /// The reporting category's code; none when nil.
    public var category: String?
    public var targets: [TargetGroup]
    /// The conditions it sets; without a holdback, the fund's `holdback_default` is taken.
    public var conditions = GrantConditions()

    public init(date: Day, amount: Money? = nil, deadline: Day? = nil, caseReference: String? = nil,
                eurRate: Double? = nil, reason: String? = nil, category: String? = nil, targets: [TargetGroup] = []) {
        self.date = date
        self.amount = amount
        self.deadline = deadline
        self.caseReference = caseReference
        self.eurRate = eurRate
        self.reason = reason
        self.category = category
        self.targets = targets
    }
}

/// What a grant command did, and what it warns about without refusing.
public struct GrantOutcome: Equatable, Sendable {
    public let id: Int64
    public let warnings: [Message]
}

extension Decimal {
    /// A share as a percentage with one decimal: `60.0 %`.
    public var percent: String {
        var value = self * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 1, .plain)
        let text = "\(rounded)"
        return (text.contains(".") ? text : text + ".0") + " %"
    }
}
