import Foundation

/// What a decision letter says: a grant (tilsagnsbrev) or a rejection (avslag),
/// with the facts as recorded. The letter itself is written from a template by
/// the command line; this holds the facts, each already checked.
///
///     let letter = try LetterRepository(db).letter(for: 12)
///     letter.kind == .grant; letter.deMinimis?.regulation   // "Kommisjonsforordning (EU) 2023/2831"
public struct DecisionLetter: Equatable, Sendable {
    public enum Kind: String, Sendable { case grant, rejection }

    public let kind: Kind
    public let grantID: Int64
    public let fund: String
    public let recipient: String
    public let organisationNumber: String?
    /// The schema holds no postal address: the municipality is the nearest there is.
    public let municipality: String?
    public let purpose: String?
    public let amountApplied: Money
    public let totalCost: Money
    /// The amount granted; nil in a rejection.
    public let amount: Money?
    /// Granted ÷ total cost; nil in a rejection.
    public let intensity: Decimal?
    public let basis: AidBasis
    public let decidedOn: Day
    public let decision: DecisionRecord
    public let deadline: Day?
    /// The statement de minimis aid needs; nil for any other basis and in a rejection.
    public let deMinimis: DeMinimisStatement?
    public let conditions: GrantConditions
}

/// What the de minimis regulation requires a letter to state: this aid in EUR,
/// the undertaking's de minimis aid in the window up to and including it, and the ceiling.
public struct DeMinimisStatement: Equatable, Sendable {
    public let award: Euro
    public let eurRate: Double
    /// The undertaking's aid in the window on the award day, this award included (what `mon deminimis` gives for that day).
    public let undertakingTotal: Euro
    public let ceiling: Euro
    public let windowStart: Day
    public let windowEnd: Day
    public let regulation: String

    /// The regulation of the window rule on the award day: the rolling three years are
    /// Regulation (EU) 2023/2831's, the three fiscal years 1407/2013's.
    static func regulation(of window: DeMinimisWindow) -> String {
        switch window {
        case .rollingYears: "Kommisjonsforordning (EU) 2023/2831"
        case .fiscalYears: "Kommisjonsforordning (EU) nr. 1407/2013"
        }
    }
}
