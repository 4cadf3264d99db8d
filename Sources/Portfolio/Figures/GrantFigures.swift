/// The figures of the fund and its grants: one name, one number, defined here
/// once. Every output — `fund status`, the board report, `grant list --public`,
/// `mon doctor` — shows these and no others under these names (the Norwegian
/// name follows each). A grant registered in error (status `annulled`) counts
/// nowhere, not even as granted.
///
///     let figures = try FiguresRepository(db).totals()
///     figures.granted == figures.inForce + figures.released   // always
public struct GrantFigures: Equatable, Sendable {
    /// Søkt: the amounts applied for.
    public var applied: Money
    /// Innvilget: the amounts approved.
    public var granted: Money
    /// Frigjort: the unpaid rest of grants that lapsed, were withdrawn after
    /// approval, were settled by a final payment below their amount, closed, or
    /// repaid; it went back to the fund.
    public var released: Money
    /// Utbetalt: payments out of the fund, gross (before repayments).
    public var paid: Money
    /// Tilbakebetalt: repayments into the fund.
    public var repaid: Money
    /// Bundet: what is approved and not yet paid, on grants still open (not released).
    public var committed: Money

    public init(applied: Money = .zero, granted: Money = .zero, released: Money = .zero, paid: Money = .zero,
                repaid: Money = .zero, committed: Money = .zero) {
        self.applied = applied
        self.granted = granted
        self.released = released
        self.paid = paid
        self.repaid = repaid
        self.committed = committed
    }

    /// Tilsagn i kraft: granted less released. A lapsed, withdrawn or annulled grant
    /// counts only with what was paid on it before it ended.
    public var inForce: Money { granted - released }
    /// Netto utbetalt: paid less repaid.
    public var netDisbursed: Money { paid - repaid }
    /// Tilbakeført: what grants gave back to the fund, released rests and repayments.
    public var returned: Money { released + repaid }
    /// Beholdt: in force less repaid (= committed + net disbursed): what the recipients
    /// hold of the fund's money, paid to them or still owed.
    public var held: Money { inForce - repaid }

    /// Two sets of grants together: `goals.reduce(.none, +)`.
    public static func + (a: GrantFigures, b: GrantFigures) -> GrantFigures {
        GrantFigures(applied: a.applied + b.applied, granted: a.granted + b.granted, released: a.released + b.released,
                     paid: a.paid + b.paid, repaid: a.repaid + b.repaid, committed: a.committed + b.committed)
    }

    /// What one set of grants has beyond a part of it: `totals - carried`.
    public static func - (a: GrantFigures, b: GrantFigures) -> GrantFigures {
        GrantFigures(applied: a.applied - b.applied, granted: a.granted - b.granted, released: a.released - b.released,
                     paid: a.paid - b.paid, repaid: a.repaid - b.repaid, committed: a.committed - b.committed)
    }

    /// No grant at all.
    public static let none = GrantFigures()
}

/// Where a fund's money stands at a moment: what was allocated, and its grants' figures.
///
/// `available + committed + netDisbursed = allocated` holds at every moment.
///
///     let position = try FiguresRepository(db).position(fundID: 1, asOf: day)
///     position.available   // disponibelt
public struct FundPosition: Equatable, Sendable {
    /// Tildelt: what the council allocated, counted from 1 January of each allocation's year.
    public let allocated: Money
    public let grants: GrantFigures

    public init(allocated: Money, grants: GrantFigures) {
        self.allocated = allocated
        self.grants = grants
    }

    /// Disponibelt: allocated less committed less net disbursed.
    public var available: Money { allocated - grants.committed - grants.netDisbursed }
}

/// One year of a fund (or of all funds): the year's flows, and where it stood on 31 December.
///
///     let years = try FiguresRepository(db).years(fundID: 1, through: 2026)
///     years.last?.availableEnd   // disponibelt ved utgangen av 2026
public struct FundYear: Equatable, Sendable {
    public let year: Int
    /// Flow: allocated for the year.
    public let allocated: Money
    /// Flow: approved in the year.
    public let granted: Money
    /// Flow: paid out in the year, gross.
    public let paid: Money
    /// Flow: repaid in the year.
    public let repaid: Money
    /// Flow: rests released in the year.
    public let released: Money
    /// Position: available at the end of the year.
    public let availableEnd: Money
}
