import SQLite

/// Money the municipal council gave a fund for a year. An annulled one (made in
/// error) stays on record, with why, and counts in no figure.
public struct Allocation: Equatable, Sendable {
    public let id: Int64
    public let fund: String
    public let year: Int
    public let amount: Money
    public let reference: String?
    /// Why it was annulled; nil while it counts.
    public let annulReason: String?

    public var isAnnulled: Bool { annulReason != nil }
}

/// Allocations listed and annulled.
///
///     let funds = FundRepository(db)
///     let duplicate = try funds.allocate(year: 2024, amount: Money(kroner: 3_000_000), again: true)
///     try funds.annulAllocation(duplicate, reason: "Registrert to ganger")
extension FundRepository {
    /// Every allocation, annulled ones too, by fund, year and id; optionally of one fund or year.
    public func allocations(fund reference: String? = nil, year: Int? = nil) throws -> [Allocation] {
        let fundID = try reference.map { try resolve($0).id }
        return try db.connection.rows("""
            SELECT allocation.id, fund.name, allocation.year, allocation.amount_ore, allocation.reference, allocation.annul_reason
            FROM allocation JOIN fund ON fund.id = allocation.fund_id
            WHERE (?1 IS NULL OR allocation.fund_id = ?1) AND (?2 IS NULL OR allocation.year = ?2)
            ORDER BY fund.name COLLATE norwegian, allocation.year, allocation.id
            """, [fundID, year]).map { row in
            Allocation(id: try row.get(0), fund: try row.get(1), year: Int(try row.get(2, as: Int64.self)),
                       amount: Money(ore: try row.get(3)), reference: try row.get(4), annulReason: try row.get(5))
        }
    }

    /// Annuls an allocation made in error: it stays, marked, and leaves every figure.
    /// Refused when the fund would then not cover what it granted from 1 January of
    /// the allocation's year on; the refusal names the first grant left uncovered.
    public func annulAllocation(_ id: Int64, reason: String) throws {
        try db.write {
            let reason = try Text.correctionReason(reason)
            guard let row = try db.connection.row("SELECT fund_id, year, amount_ore, annulled_at FROM allocation WHERE id = ?", [id]) else {
                throw PortfolioError.notFound(Message("allocation.not_found", ["id": .text("\(id)")]))
            }
            guard try row.get(3, as: String?.self) == nil else {
                throw PortfolioError.refused(Message("allocation.already_annulled", ["id": .text("\(id)")]))
            }
            let fundID: Int64 = try row.get(0)
            let fund = try resolve(String(fundID))
            let amount = Money(ore: try row.get(2))
            let start = try Day.span(of: Int(try row.get(1, as: Int64.self))).first
            let low = GrantRules.lowPoint(of: try availability(fundID: fundID, from: start), from: start)
            try db.connection.execute("""
                UPDATE allocation SET annulled_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), annul_reason = ? WHERE id = ?
                """, [reason, id])
            guard low.available < amount else { return }
            // Without it the fund falls short: name the approval that it no longer covers.
            guard let short = try firstUncoveredApproval(fundID: fundID) else {
                throw GrantRules.uncovered(amount, available: low.available, on: low.day, fund: fund.name)
            }
            throw PortfolioError.refused(Message("allocation.annul_uncovered", [
                "id": .text("\(id)"), "amount": .money(amount), "fund": .text(fund.name),
                "grant": .text("\(short.grantID)"), "day": .day(short.day), "available": .money(short.available),
            ]))
        }
    }

    /// Refuses an allocation equal to a live one, saying how to make it on purpose.
    func refuseDuplicate(of fund: Fund, year: Int, amount: Money, reference: String?) throws {
        guard let twin: Int64 = try db.connection.scalar("""
            SELECT id FROM allocation WHERE fund_id = ? AND year = ? AND amount_ore = ? AND reference IS ? AND annulled_at IS NULL
            ORDER BY id LIMIT 1
            """, [fund.id, year, amount.ore, reference]) else { return }
        throw PortfolioError.refused(Message("allocation.duplicate", [
            "id": .text("\(twin)"), "fund": .text(fund.name), "year": .text("\(year)"), "amount": .money(amount),
        ]))
    }
}
