import SQLite

/// A partner's de minimis aid on a day: the aid its whole undertaking (the
/// partner and the other members of its group) has had in the window the rule
/// of that day sets, against the ceiling of that day.
public struct DeMinimisPosition: Equatable, Sendable {
    public let partnerID: Int64
    public let window: DeMinimisWindow
    public let windowStart: Day
    public let windowEnd: Day
    public let total: Euro
    public let ceiling: Euro
    /// Every award counted in `total`, oldest first.
    public let awards: [DeMinimisAward]

    public var headroom: Euro { ceiling - total }
}

extension DeMinimisWindow {
    /// The first and last day of the window an award on `day` is counted in.
    ///
    ///     DeMinimisWindow.fiscalYears.span(on: day)   // 1 January two years before to 31 December of day's year
    func span(on day: Day) -> (start: Day, end: Day) {
        switch self {
        case .fiscalYears: return (Day(year: day.year - 2, month: 1, day: 1)!, Day(year: day.year, month: 12, day: 31)!)
        case .rollingYears: return (day.adding(years: -3, days: 1), day)
        }
    }
}

/// One award counted towards an undertaking's de minimis aid: a grant from the
/// fund, at what it came to, or aid the partner declared it had from another giver.
public struct DeMinimisAward: Equatable, Sendable {
    public let date: Day
    /// The member of the undertaking that had it.
    public let partnerID: Int64
    public let partner: String
    /// The grant, when the fund gave it; nil when declared.
    public let grantID: Int64?
    /// Who gave it, when declared; nil for a grant.
    public let giver: String?
    public let nok: Money
    public let eurRate: Double
    public let eur: Euro

    /// `grant` for the fund's own, `declared` for another giver's.
    public var source: String { grantID == nil ? "declared" : "grant" }
}

/// De minimis aid (bagatellmessig støtte): what an undertaking has had, and what other givers gave it.
public struct DeMinimisRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// The aid counted for the partner's undertaking on `day`. Each award counts at
    /// the EUR rate recorded with it, less what was never paid out or was repaid.
    public func position(partner reference: String, on day: Day) throws -> DeMinimisPosition {
        try position(partnerID: try PartnerRepository(db).resolve(reference), on: day)
    }

    func position(partnerID: Int64, on day: Day, excludingGrant grant: Int64? = nil) throws -> DeMinimisPosition {
        let parameters = ParameterRepository(db)
        let window = try parameters.window(on: day)
        let (start, end) = window.span(on: day)
        let awards = try self.awards(of: try undertakingIDs(of: partnerID), from: start, to: end, asOf: day, excludingGrant: grant)
        return DeMinimisPosition(partnerID: partnerID, window: window, windowStart: start, windowEnd: end,
                                 total: awards.reduce(Euro.zero) { $0 + $1.eur },
                                 ceiling: Euro(euros: try parameters.integer(.deminimisCeilingEUR, on: day)), awards: awards)
    }

    /// The awards to the undertaking's members from `start` to `end`, oldest first: each grant at what
    /// it came to by the end of `day` (less what was released unpaid or repaid by then), and each declared award.
    /// A grant settled later counts on `day` as awarded: the position on an award day is what its letter states.
    /// The unpaid rest is the ledger's (`ledger_grant`: every payment recorded, as the release counts it); only a
    /// grant with repayments has them summed up to `day` from its payments.
    private func awards(of undertaking: [Int64], from start: Day, to end: Day, asOf day: Day,
                        excludingGrant grant: Int64?) throws -> [DeMinimisAward] {
        let members = "[" + undertaking.map(String.init).joined(separator: ",") + "]"
        return try db.connection.rows("""
            SELECT grant.approved_on, grant.applicant_id, partner.name, grant.id, NULL,
                   grant.amount_approved_ore
                   - CASE WHEN grant.released_on <= ?5 THEN grant.amount_approved_ore - ledger.paid_ore ELSE 0 END
                   - CASE WHEN ledger.repaid_ore = 0 THEN 0
                          ELSE (SELECT coalesce(sum(amount_ore), 0) FROM payment
                                WHERE grant_id = grant.id AND kind = 'repayment' AND paid_on <= ?5) END,
                   grant.eur_rate
            FROM grant JOIN partner ON partner.id = grant.applicant_id JOIN ledger_grant AS ledger ON ledger.grant_id = grant.id
            WHERE grant.basis = 'de-minimis' AND grant.status <> 'annulled' AND grant.approved_on BETWEEN ?1 AND ?2
              AND grant.applicant_id IN (SELECT value FROM json_each(?3)) AND grant.id IS NOT ?4
            UNION ALL
            SELECT granted_on, partner_id, partner.name, NULL, giver, amount_ore, eur_rate
            FROM deminimis_declaration JOIN partner ON partner.id = deminimis_declaration.partner_id
            WHERE granted_on BETWEEN ?1 AND ?2 AND partner_id IN (SELECT value FROM json_each(?3))
            ORDER BY 1, 2, 4
            """, [start.iso, end.iso, members, grant, day.iso]).map { row in
            let nok = Money(ore: try row.get(5)), rate: Double = try row.get(6)
            return DeMinimisAward(date: try row.get(0, as: Day.self), partnerID: try row.get(1), partner: try row.get(2),
                                  grantID: try row.get(3), giver: try row.get(4), nok: nok, eurRate: rate, eur: Euro(nok, rate: rate))
        }
    }

    /// Records de minimis aid the partner declares it had from another giver, at
    /// the rate given, else the reference rate of its month; refused when there is neither.
    ///
    ///     try DeMinimisRepository(db).declare(partner: "923609016", amount: Money(kroner: 500_000),
    ///                                         grantedOn: day, giver: "Innovasjon Norge", eurRate: nil)
    @discardableResult
    public func declare(partner reference: String, amount: Money, grantedOn: Day, giver: String, eurRate: EuroRate?) throws -> Int64 {
        try db.write {
            let partnerID = try PartnerRepository(db).resolve(reference)
            guard amount > .zero else { throw PortfolioError.refused(Message("grant.declared_not_positive")) }
            guard let giver = try Text.optionalName(giver, of: "text.what.giver") else {
                throw PortfolioError.refused(Message("grant.declared_needs_giver"))
            }
            guard let rate = try EuroRateRepository(db).rate(given: eurRate, on: grantedOn) else {
                throw PortfolioError.refused(Message("rate.declaration_needs_rate", ["month": .text(Month(of: grantedOn).iso)]))
            }
            try db.connection.execute("""
                INSERT INTO deminimis_declaration (partner_id, giver, granted_on, amount_ore, eur_rate) VALUES (?, ?, ?, ?, ?)
                """, [partnerID, giver, grantedOn.iso, amount.ore, rate.nokPerEuro])
            return db.connection.lastInsertedRowID
        }
    }

    /// The partner and every other member of its group.
    func undertakingIDs(of partnerID: Int64) throws -> [Int64] {
        try db.connection.rows("""
            SELECT id FROM partner WHERE id = ?1
               OR group_id = (SELECT group_id FROM partner WHERE id = ?1 AND group_id IS NOT NULL)
            ORDER BY id
            """, [partnerID]).map { try $0.get(0) }
    }
}
