/// A fund (næringsfond) that the municipal council gives money to, year by year.
public struct Fund: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let description: String?

    /// The fund a command uses when none is named.
    public static let defaultName = "Kommunalt næringsfond"
}

/// Where a fund's money stands, as of the end of a year or of everything
/// recorded: its `FundPosition`, under the names `fund status` has always used.
///
/// `available + committed + disbursed = allocated` always holds; `disbursed` is
/// net disbursed, and `returned` is released plus repaid (it is part of `available`).
///
///     let status = try FundRepository(db).status(year: 2026)[0]
///     status.inForce   // tilsagn i kraft at the end of 2026
public struct FundStatus: Equatable, Sendable {
    public let fund: String
    /// The year this is the end of; nil for everything recorded.
    public let year: Int?
    public let position: FundPosition

    public init(fund: String, year: Int?, position: FundPosition) {
        self.fund = fund
        self.year = year
        self.position = position
    }

    public var allocated: Money { position.allocated }
    public var granted: Money { position.grants.granted }
    public var released: Money { position.grants.released }
    public var inForce: Money { position.grants.inForce }
    public var paid: Money { position.grants.paid }
    public var repaid: Money { position.grants.repaid }
    public var committed: Money { position.grants.committed }
    /// Net disbursed.
    public var disbursed: Money { position.grants.netDisbursed }
    public var returned: Money { position.grants.returned }
    public var available: Money { position.available }
}

/// The lowest the fund's available money stands on any day from a given day on.
public struct FundLowPoint: Equatable, Sendable {
    public let day: Day
    public let available: Money
}
