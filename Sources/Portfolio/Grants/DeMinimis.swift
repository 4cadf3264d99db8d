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

    public var headroom: Euro { ceiling - total }
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
        let (start, end): (Day, Day)
        switch window {
        case .fiscalYears: (start, end) = (Day(year: day.year - 2, month: 1, day: 1)!, Day(year: day.year, month: 12, day: 31)!)
        case .rollingYears: (start, end) = (day.adding(years: -3, days: 1), day)
        }
        let undertaking = try undertakingIDs(of: partnerID)
        let members = "[" + undertaking.map(String.init).joined(separator: ",") + "]"
        let grants = try db.connection.rows("""
            SELECT grant.amount_approved_ore
                   - CASE WHEN grant.released_on IS NOT NULL
                          THEN grant.amount_approved_ore - (SELECT coalesce(sum(amount_ore), 0) FROM payment
                                                            WHERE grant_id = grant.id AND kind = 'payment')
                          ELSE 0 END
                   - (SELECT coalesce(sum(amount_ore), 0) FROM payment WHERE grant_id = grant.id AND kind = 'repayment'),
                   grant.eur_rate
            FROM grant
            WHERE grant.basis = 'de-minimis' AND grant.status <> 'annulled' AND grant.approved_on BETWEEN ?1 AND ?2
              AND grant.applicant_id IN (SELECT value FROM json_each(?3)) AND grant.id IS NOT ?4
            UNION ALL
            SELECT amount_ore, eur_rate FROM deminimis_declaration
            WHERE granted_on BETWEEN ?1 AND ?2 AND partner_id IN (SELECT value FROM json_each(?3))
            """, [start.iso, end.iso, members, grant])
        let total = try grants.reduce(Euro.zero) { sum, row in
            sum + Euro(Money(ore: try row.get(0)), rate: try row.get(1))
        }
        return DeMinimisPosition(partnerID: partnerID, window: window, windowStart: start, windowEnd: end, total: total,
                                 ceiling: Euro(euros: try parameters.integer(.deminimisCeilingEUR, on: day)))
    }

    /// Records de minimis aid the partner declares it had from another giver.
    @discardableResult
    public func declare(partner reference: String, amount: Money, grantedOn: Day, giver: String, eurRate: Double) throws -> Int64 {
        try db.write {
            let partnerID = try PartnerRepository(db).resolve(reference)
            guard amount > .zero else { throw PortfolioError.refused(Message("grant.declared_not_positive")) }
            guard let giver = try Text.optionalName(giver, of: "text.what.giver") else {
                throw PortfolioError.refused(Message("grant.declared_needs_giver"))
            }
            try db.connection.execute("""
                INSERT INTO deminimis_declaration (partner_id, giver, granted_on, amount_ore, eur_rate) VALUES (?, ?, ?, ?, ?)
                """, [partnerID, giver, grantedOn.iso, amount.ore, eurRate])
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
