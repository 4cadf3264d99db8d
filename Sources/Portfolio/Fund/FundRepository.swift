import SQLite

/// Funds, their yearly allocations, and where their money stands.
///
///     let funds = FundRepository(db)
///     try funds.allocate(year: 2024, amount: Money(kroner: 3_000_000), reference: "KS-sak 45/23")
///     let status = try funds.status(year: 2024)
public struct FundRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    @discardableResult
    public func add(name: String, description: String? = nil) throws -> Int64 {
        try db.write {
            let name = try Text.name(name, of: "text.what.fund")
            if try list().contains(where: { $0.name.lowercased() == name.lowercased() }) {
                throw PortfolioError.refused(Message("fund.exists", ["name": .text(name)]))
            }
            try db.connection.execute("INSERT INTO fund (name, description) VALUES (?, ?)",
                                      [name, try Text.freeText(description, of: "text.what.description")])
            return db.connection.lastInsertedRowID
        }
    }

    /// Records money the council gave a fund for a year; refused when all funds'
    /// allocations would come to more than `Bounds.allocations`.
    /// An allocation equal to a live one (fund, year, amount, reference) is refused
    /// unless `again`: the same command run twice by mistake is the usual cause.
    @discardableResult
    public func allocate(fund reference: String? = nil, year: Int, amount: Money, reference note: String? = nil,
                         again: Bool = false) throws -> Int64 {
        try db.write {
            let fund = try resolve(reference)
            guard (1900...2200).contains(year) else { throw PortfolioError.invalidInput(Message("fund.not_a_year", ["year": .text("\(year)")])) }
            guard amount > .zero else { throw PortfolioError.refused(Message("fund.allocation_not_positive")) }
            // Every figure mon sums is bounded by what was allocated: keep that total where no sum can overflow.
            let allocated = Money(ore: try db.connection.scalar("SELECT coalesce(sum(amount_ore), 0) FROM allocation") ?? 0)
            guard amount <= Bounds.allocations - allocated else {
                throw PortfolioError.refused(Message("fund.allocations_too_large", ["most": .money(Bounds.allocations), "allocated": .money(allocated)]))
            }
            let note = try Text.freeText(note, of: "text.what.reference")
            if !again { try refuseDuplicate(of: fund, year: year, amount: amount, reference: note) }
            try db.connection.execute("INSERT INTO allocation (fund_id, year, amount_ore, reference) VALUES (?, ?, ?, ?)",
                                      [fund.id, year, amount.ore, note])
            return db.connection.lastInsertedRowID
        }
    }

    /// Every fund, by name in Norwegian order.
    public func list() throws -> [Fund] {
        try db.connection.rows("SELECT id, name, description FROM fund ORDER BY name COLLATE norwegian, id").map {
            Fund(id: try $0.get(0), name: try $0.get(1), description: try $0.get(2))
        }
    }

    /// The fund named (by id or name, any case), or the default fund when none is.
    public func resolve(_ reference: String?) throws -> Fund {
        let wanted = reference?.trimmed ?? ""
        let name = wanted.isEmpty ? Fund.defaultName : wanted
        // Exact id or name first: one indexed look-up, as every grant of an import needs one.
        if let row = try db.connection.row("SELECT id, name, description FROM fund WHERE id = ? OR name = ?",
                                           [Int64(name) ?? -1, name]) {
            return Fund(id: try row.get(0), name: try row.get(1), description: try row.get(2))
        }
        let funds = try list()
        if wanted.isEmpty {
            guard funds.count == 1 else { throw PortfolioError.refused(Message("fund.name_needed", ["count": .text("\(funds.count)")])) }
            return funds[0]
        }
        guard let fund = funds.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            throw PortfolioError.notFound(Message("fund.not_found", ["wanted": .text(wanted), "funds": .list(funds.map { .text($0.name) })]))
        }
        return fund
    }

    /// Where each fund's money stands: at the end of `year`, or with everything recorded when `year` is nil.
    public func status(fund reference: String? = nil, year: Int? = nil) throws -> [FundStatus] {
        let funds = reference == nil ? try list() : [try resolve(reference)]
        let end = try year.map { try Day.span(of: $0).last }
        return try funds.map { try status(of: $0, asOf: end, year: year) }
    }

    func status(of fund: Fund, asOf day: Day?, year: Int?) throws -> FundStatus {
        FundStatus(fund: fund.name, year: year, position: try FiguresRepository(db).position(fundID: fund.id, asOf: day))
    }

    /// What the fund has available at the end of `day` (from its first day when nil) and of
    /// each later day on which something changed it, in order. Available rises with allocations
    /// (from 1 January of their year), releases and repayments, and falls with approvals; payments
    /// move money from committed to disbursed and leave it as it is.
    public func availability(fundID: Int64, from day: Day? = nil) throws -> [FundLowPoint] {
        try Ledger(db).availability(fundID: fundID, from: day)
    }

    /// The first approval the fund could not cover, with what was available for it;
    /// nil when the fund covered every approval on every day.
    public func firstUncoveredApproval(fundID: Int64) throws -> (grantID: Int64, available: Money, day: Day)? {
        guard let short = try availability(fundID: fundID).first(where: { $0.available < .zero }) else { return nil }
        let approvals = try db.connection.rows(
            "SELECT id, amount_approved_ore FROM grant WHERE fund_id = ? AND approved_on = ? AND status <> 'annulled' ORDER BY id", [fundID, short.day.iso]
        ).map { (id: try $0.get(0, as: Int64.self), amount: Money(ore: try $0.get(1))) }
        // Take the day's approvals back out, then put them in again one by one, as they were made.
        var available = approvals.reduce(short.available) { $0 + $1.amount }
        for approval in approvals {
            if approval.amount > available { return (approval.id, available, short.day) }
            available = available - approval.amount
        }
        return nil
    }
}
