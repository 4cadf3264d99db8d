/// A fund (næringsfond) that the municipal council gives money to, year by year.
public struct Fund: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let description: String?

    /// The fund a command uses when none is named.
    public static let defaultName = "Kommunalt næringsfond"
}

/// Where a fund's money stands, as of the end of a year or of everything recorded.
///
/// `available + committed + disbursed = allocated` always holds:
/// - committed: approved but not yet paid, on grants still open;
/// - disbursed: payments less repayments;
/// - returned: unpaid rests freed by lapse, withdrawal, closing or a final payment
///   below the amount approved, plus repayments (it is part of `available`).
public struct FundStatus: Equatable, Sendable {
    public let fund: String
    /// The year this is the end of; nil for everything recorded.
    public let year: Int?
    public let allocated: Money
    public let committed: Money
    public let disbursed: Money
    public let returned: Money

    public var available: Money { allocated - committed - disbursed }
}

/// The lowest the fund's available money stands on any day from a given day on.
public struct FundLowPoint: Equatable, Sendable {
    public let day: Day
    public let available: Money
}
