import SQLite

extension PortfolioDatabase {
    /// The ledger against the rows it is derived from: each grant's row in
    /// `ledger_grant` against the grant and its payments, then each fund's days
    /// against its allocations, grants and payments. The first differences are
    /// named: the grant or the fund and day, the figure, what the ledger holds and
    /// what it should; last each fund's running total against the sum of its days.
    ///
    ///     let check = try db.ledgerCheck()   // passed, or "grant 6: paid is 0 kr in the ledger but …"
    func ledgerCheck() throws -> HealthCheck {
        let problems = try grantLedgerProblems() + dayLedgerProblems() + totalLedgerProblems()
        let grants = try connection.scalar("SELECT count(*) FROM ledger_grant") ?? Int64(0)
        // A day whose deltas cancelled out (a grant deleted) stays as a row of zeros and counts as no day.
        let moved = Self.dayColumns.map { "\($0) <> 0" }.joined(separator: " OR ")
        let days = try connection.scalar("SELECT count(*) FROM ledger_fund_day WHERE \(moved)") ?? Int64(0)
        return HealthCheck(name: "ledger", problems: problems, whenSound: Message("doctor.ledger.sound", [
            "grants": .message(Message(counting: grants, "doctor.ledger.grants")), "days": .message(Message(counting: days, "doctor.ledger.days")),
        ]))
    }

    /// The columns of `ledger_grant` a grant and its payments decide, amounts in øre.
    private static let grantColumns = ["fund_id", "received_on", "approved_on", "released_on", "applied_ore", "granted_ore", "paid_ore", "repaid_ore"]

    /// The figures of `ledger_fund_day`, each a delta in øre.
    private static let dayColumns = ["allocated_ore", "applied_ore", "granted_ore", "paid_ore", "repaid_ore", "released_ore"]

    private func grantLedgerProblems() throws -> [Message] {
        let pairs = Self.grantColumns.map { "s.\($0), r.\($0)" }.joined(separator: ", ")
        let differ = Self.grantColumns.map { "s.\($0) IS NOT r.\($0)" }.joined(separator: " OR ")
        let rows = try connection.rows("""
            SELECT coalesce(s.grant_id, r.grant_id), s.grant_id IS NULL, r.grant_id IS NULL, \(pairs)
            FROM ledger_grant AS s FULL JOIN ledger_grant_source AS r ON r.grant_id = s.grant_id
            WHERE s.grant_id IS NULL OR r.grant_id IS NULL OR \(differ)
            ORDER BY 1 LIMIT 5
            """)
        return try rows.flatMap { row -> [Message] in
            let grant = Message.Argument.text("\(try row.get(0, as: Int64.self))")
            if try row.get(1, as: Bool.self) { return [Message("doctor.ledger.grant_missing", ["grant": grant])] }
            if try row.get(2, as: Bool.self) { return [Message("doctor.ledger.grant_extra", ["grant": grant])] }
            return Self.grantColumns.indices.compactMap { index in
                let (stored, real) = (row[3 + 2 * index], row[4 + 2 * index])
                guard stored != real else { return nil }
                return Message("doctor.ledger.grant_differs", ["grant": grant, "figure": Self.figure(Self.grantColumns[index]),
                                                               "stored": Self.value(stored, of: Self.grantColumns[index]),
                                                               "real": Self.value(real, of: Self.grantColumns[index])])
            }
        }
    }

    private func dayLedgerProblems() throws -> [Message] {
        try fundLedgerProblems(stored: "ledger_fund_day", source: "ledger_fund_day_source", byDay: true)
    }

    /// Each fund's running total against the sums of its stored days, which `dayLedgerProblems` holds to the raw rows.
    private func totalLedgerProblems() throws -> [Message] {
        try fundLedgerProblems(stored: "ledger_fund_total", source: "ledger_fund_total_source", byDay: false)
    }

    /// The rows of a table of fund figures (by fund, and by day when `byDay`) that differ from its source view.
    private func fundLedgerProblems(stored table: String, source: String, byDay: Bool) throws -> [Message] {
        let pairs = Self.dayColumns.map { "coalesce(s.\($0), 0), coalesce(r.\($0), 0)" }.joined(separator: ", ")
        let differ = Self.dayColumns.map { "coalesce(s.\($0), 0) <> coalesce(r.\($0), 0)" }.joined(separator: " OR ")
        let rows = try connection.rows("""
            SELECT CAST(coalesce(fund.name, s.fund_id, r.fund_id) AS TEXT), \(byDay ? "coalesce(s.day, r.day)" : "NULL"), \(pairs)
            FROM \(table) AS s FULL JOIN \(source) AS r ON r.fund_id = s.fund_id\(byDay ? " AND r.day = s.day" : "")
            LEFT JOIN fund ON fund.id = coalesce(s.fund_id, r.fund_id)
            WHERE \(differ)
            ORDER BY coalesce(s.fund_id, r.fund_id), 2 LIMIT 5
            """)
        return try rows.flatMap { row -> [Message] in
            let fund = Message.Argument.text(try row.get(0, as: String.self))
            let day = try row.get(1, as: String?.self).map { Message.Argument.day(try Day(parsing: $0)) }
            return Self.dayColumns.indices.compactMap { index in
                let (stored, real) = (row[2 + 2 * index], row[3 + 2 * index])
                guard stored != real else { return nil }
                let figures = ["fund": fund, "figure": Self.figure(Self.dayColumns[index]),
                               "stored": Self.value(stored, of: "ore"), "real": Self.value(real, of: "ore")]
                return day.map { Message("doctor.ledger.day_differs", figures.merging(["day": $0]) { $1 }) }
                    ?? Message("doctor.ledger.total_differs", figures)
            }
        }
    }

    /// A column's figure in words: `doctor.ledger.figure.paid_ore`.
    private static func figure(_ column: String) -> Message.Argument {
        .message(Message(Message.Key(rawValue: "doctor.ledger.figure." + column)))
    }

    /// A stored value as a person reads it: øre as money, a day as a date, an id as it is, nothing as "none".
    private static func value(_ value: DatabaseValue, of column: String) -> Message.Argument {
        switch value {
        case .integer(let id) where column == "fund_id": .text("\(id)")
        case .integer(let ore): .money(Money(ore: ore))
        case .text(let text): (try? Day(parsing: text)).map { .day($0) } ?? .text(text)
        default: .message(Message("doctor.ledger.none"))
        }
    }
}
