import SQLite

/// The fund's figures read from the ledger (migrations `0019_ledger` and
/// `0021_ledger_fund_total`): per-fund deltas by day and each fund's running
/// total of them, which triggers keep with every change of a grant, payment or
/// allocation, so a position is the total less the days after the date asked
/// about, not a sum over the fund's grants or its whole history.
///
///     let ledger = Ledger(db)
///     let position = try ledger.position(fundID: 1, asOf: day)
///     let days = try ledger.availability(fundID: 1, from: day)
struct Ledger {
    let db: PortfolioDatabase

    init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// The row triggers whose work `addGrants` does set-wise: a grant's and a payment's insert.
    static let insertTriggers = ["ledger_grant_insert", "ledger_payment_insert"]

    /// Puts grants written without `insertTriggers` (a bulk import) into the
    /// ledger, set-wise, through the views those triggers read: each grant's row,
    /// then its and its payments' deltas added to the funds' days by ordinary
    /// upserts, so that the triggers on the days still fire. `ids` is a query
    /// giving the grants' ids; the grants and all their payments are in.
    func addGrants(_ ids: String) throws {
        try db.connection.executeScript("""
            INSERT INTO ledger_grant SELECT * FROM ledger_grant_source WHERE grant_id IN (\(ids));
            INSERT INTO ledger_fund_day (fund_id, day, applied_ore, granted_ore, paid_ore, repaid_ore, released_ore)
            SELECT fund_id, day, sum(applied_ore), sum(granted_ore), sum(paid_ore), sum(repaid_ore), sum(released_ore)
            FROM ledger_entry WHERE grant_id IN (\(ids)) GROUP BY fund_id, day
            ON CONFLICT (fund_id, day) DO UPDATE SET
                applied_ore = applied_ore + excluded.applied_ore, granted_ore = granted_ore + excluded.granted_ore,
                paid_ore = paid_ore + excluded.paid_ore, repaid_ore = repaid_ore + excluded.repaid_ore,
                released_ore = released_ore + excluded.released_ore;
            """)
    }

    /// Where a fund (all funds when nil) stands at the end of `day` (with everything recorded when nil):
    /// its running total less the days after `day`, usually none, so the cost does not grow with its history.
    func position(fundID: Int64?, asOf day: Day?) throws -> FundPosition {
        // The totals are read first, then each fund's days after `day` as a range of the key.
        let row = try db.connection.row("""
            SELECT coalesce(sum(allocated_ore), 0), coalesce(sum(applied_ore), 0), coalesce(sum(granted_ore), 0),
                   coalesce(sum(released_ore), 0), coalesce(sum(paid_ore), 0), coalesce(sum(repaid_ore), 0)
            FROM (
                SELECT allocated_ore, applied_ore, granted_ore, released_ore, paid_ore, repaid_ore
                FROM ledger_fund_total WHERE ?1 IS NULL OR fund_id = ?1
                UNION ALL
                SELECT -d.allocated_ore, -d.applied_ore, -d.granted_ore, -d.released_ore, -d.paid_ore, -d.repaid_ore
                FROM ledger_fund_total AS t CROSS JOIN ledger_fund_day AS d ON d.fund_id = t.fund_id AND d.day > ?2
                WHERE ?1 IS NULL OR t.fund_id = ?1
            )
            """, [fundID, GrantScope.day(day)])
        let ore = try (0...5).map { Money(ore: try row?.get($0, as: Int64.self) ?? 0) }
        let grants = GrantFigures(applied: ore[1], granted: ore[2], released: ore[3], paid: ore[4], repaid: ore[5],
                                  committed: ore[2] - ore[4] - ore[3])
        return FundPosition(allocated: ore[0], grants: grants)
    }

    /// The flows per year of a fund (all funds when nil): year, allocated, granted, paid, repaid, released;
    /// a year of applications only moves none of them and is left out.
    func yearFlows(fundID: Int64?) throws -> [(year: Int, flows: [Int64])] {
        try db.connection.rows("""
            SELECT CAST(substr(day, 1, 4) AS INTEGER), sum(allocated_ore), sum(granted_ore), sum(paid_ore), sum(repaid_ore), sum(released_ore)
            FROM ledger_fund_day WHERE ?1 IS NULL OR fund_id = ?1 GROUP BY 1
            HAVING sum(allocated_ore) <> 0 OR sum(granted_ore) <> 0 OR sum(paid_ore) <> 0 OR sum(repaid_ore) <> 0 OR sum(released_ore) <> 0
            ORDER BY 1
            """, [fundID]).map { row in
            (Int(try row.get(0, as: Int64.self)), try (1...5).map { try row.get($0, as: Int64.self) })
        }
    }

    /// What the fund has available at the end of `day` (when given) and at the end of each later day on which
    /// something changed it, in order: the running sum of allocated − granted + released + repaid. From a
    /// day, the start is the fund's total less the days after it, so only those days are read. A day whose
    /// changes cancel out is no change (nor is the row of zeros a grant's corrected date leaves behind).
    func availability(fundID: Int64, from day: Day?) throws -> [FundLowPoint] {
        let moved = "allocated_ore - granted_ore + released_ore + repaid_ore"
        let later = try db.connection.map(
            "SELECT day, \(moved) FROM ledger_fund_day WHERE fund_id = ?1 AND day > ?2 AND \(moved) <> 0 ORDER BY day",
            [fundID, day?.iso ?? ""]
        ) { (day: try $0.get(0, as: Day.self), moved: try $0.get(1, as: Int64.self)) }
        guard let day else { return running(from: 0, later) }
        let total = try db.connection.scalar("SELECT \(moved) FROM ledger_fund_total WHERE fund_id = ?1", [fundID], as: Int64.self) ?? 0
        let onDay = total - later.reduce(0) { $0 + $1.moved }
        return [FundLowPoint(day: day, available: Money(ore: onDay))] + running(from: onDay, later)
    }

    private func running(from start: Int64, _ days: [(day: Day, moved: Int64)]) -> [FundLowPoint] {
        var available = start
        return days.map { day in
            available += day.moved
            return FundLowPoint(day: day.day, available: Money(ore: available))
        }
    }
}
