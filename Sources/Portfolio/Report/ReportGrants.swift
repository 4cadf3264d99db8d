import SQLite

/// What the board report shows of the grants it covers: the largest, and how many there are in all with
/// their sum. A board reads the largest decisions; every one of them is in `mon grant list --public`.
///
///     let shown = try GrantRepository(db).largest(GrantRepository.Filter(year: 2024, publicOnly: true), count: 20)
///     let all = try GrantRepository(db).listTotals(GrantRepository.Filter(year: 2024, publicOnly: true))
///     all.count   // 3: the rows `grant list --public --year 2024` prints
public struct GrantListTotals: Sendable, Equatable {
    /// The number of grants the list holds.
    public let count: Int
    /// Σ amount approved of those grants.
    public let granted: Money
    /// Σ paid so far on those grants (gross, as each row of the list shows it).
    public let paid: Money
}

extension GrantRepository {
    /// The `count` grants of `list(filter)` with the largest amounts approved, largest first (the earlier
    /// approved, then the lower id, first among equals). `filter.register` is not asked here.
    func largest(_ filter: Filter, count: Int) throws -> [Grant] {
        // The few are chosen from the grant table alone, then joined: not every grant joined, then sorted.
        let order = " ORDER BY grant.amount_approved_ore DESC, grant.approved_on, grant.id"
        return try db.connection.map(Self.select + " WHERE grant.id IN (SELECT grant.id FROM grant" + Self.listCondition(filter)
                                         + order + " LIMIT ?7)" + order,
                                     try listArguments(filter) + [count], Self.grant(from:))
    }

    /// How many grants `list(filter)` holds and their sums, in one pass that keeps none of them.
    func listTotals(_ filter: Filter) throws -> GrantListTotals {
        guard let row = try db.connection.row("""
            SELECT count(*), coalesce(sum(grant.amount_approved_ore), 0), coalesce(sum(ledger_grant.paid_ore), 0)
            FROM grant LEFT JOIN ledger_grant ON ledger_grant.grant_id = grant.id
            """ + Self.listCondition(filter), try listArguments(filter)) else { return GrantListTotals(count: 0, granted: .zero, paid: .zero) }
        return GrantListTotals(count: Int(try row.get(0, as: Int64.self)), granted: Money(ore: try row.get(1)), paid: Money(ore: try row.get(2)))
    }
}
