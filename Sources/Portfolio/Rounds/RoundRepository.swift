import SQLite

/// Application rounds: their deadlines and budgets, and which applications belong to each.
///
///     let rounds = RoundRepository(db)
///     try rounds.add(name: "Vår 2026", deadline: Day(parsing: "2026-03-15"), budget: Money(kroner: 1_500_000))
///     let record = try rounds.record("Vår 2026")   // its applications, the late ones flagged
public struct RoundRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Adds a round. The undecided applications that belong to no round yet and were received
    /// by its deadline (to its fund, when it has one) join it: a round added after its
    /// applications came in still gathers them, and a decided application never moves.
    @discardableResult
    public func add(name: String, deadline: Day, budget: Money, fund: String? = nil) throws -> Int64 {
        let name = try Text.name(name, of: "text.what.round_name")
        guard budget > .zero else { throw PortfolioError.refused(Message("round.budget_not_positive")) }
        return try db.write {
            if try db.connection.row("SELECT 1 FROM round WHERE name = ?", [name]) != nil {
                throw PortfolioError.refused(Message("round.exists", ["round": .text(name)]))
            }
            // A round spends one fund, the default one unless named: its applications and the money it has are that fund's.
            let fundID = try FundRepository(db).resolve(fund).id
            try db.connection.execute("INSERT INTO round (name, deadline, budget_ore, fund_id) VALUES (?, ?, ?, ?)",
                                      [name, deadline.iso, budget.ore, fundID])
            let id = db.connection.lastInsertedRowID
            try db.connection.execute("""
                UPDATE grant SET round_id = ?1
                WHERE round_id IS NULL AND status = 'applied' AND received_on <= ?2 AND (?3 IS NULL OR fund_id = ?3)
                """, [id, deadline.iso, fundID])
            return id
        }
    }

    /// Every round, by deadline.
    public func list() throws -> [Round] {
        try db.connection.map(Self.select + " ORDER BY round.deadline, round.id", [], Self.round(from:))
    }

    /// The round by id or name; refused, naming the rounds there are, when there is none.
    public func round(_ reference: String) throws -> Round {
        let wanted = reference.trimmed
        if let round = try db.connection.map(Self.select + " WHERE round.id = ? OR round.name = ?", [Int64(wanted) ?? -1, wanted],
                                             Self.round(from:)).first {
            return round
        }
        throw PortfolioError.notFound(Message("round.not_found", ["round": .text(wanted), "known": .list(try list().map { .text($0.name) })]))
    }

    /// The round and its applications, oldest first.
    public func record(_ reference: String) throws -> RoundRecord {
        let round = try self.round(reference)
        return RoundRecord(round: round, applications: try applications(of: round))
    }

    /// The round's applications (not the annulled ones: they were registered in error), by id.
    public func applications(of round: Round) throws -> [RoundApplication] {
        try db.connection.map(GrantRepository.select + " WHERE grant.round_id = ? AND grant.status <> 'annulled' ORDER BY grant.id",
                              [round.id], GrantRepository.grant(from:)).map { grant in
            RoundApplication(grant: grant, late: grant.receivedOn > round.deadline)
        }
    }

    /// Places a newly registered application: in the round named, else in the earliest
    /// round (of its fund, or of no fund) whose deadline it met; none when there is no such round.
    func place(_ grantID: Int64, receivedOn: Day, fundID: Int64, in reference: String?) throws {
        let roundID: Int64?
        if let reference {
            let round = try self.round(reference)
            if let fund = round.fundID, fund != fundID {
                throw PortfolioError.refused(Message("round.other_fund", ["round": .text(round.name), "fund": .text(round.fund ?? "")]))
            }
            roundID = round.id
        } else {
            roundID = try db.connection.scalar("""
                SELECT id FROM round WHERE deadline >= ?1 AND (fund_id IS NULL OR fund_id = ?2) ORDER BY deadline, id LIMIT 1
                """, [receivedOn.iso, fundID])
        }
        try db.connection.execute("UPDATE grant SET round_id = ? WHERE id = ?", [roundID, grantID])
    }

    static let select = """
        SELECT round.id, round.name, round.deadline, round.budget_ore, round.fund_id, fund.name AS fund_name,
               (SELECT count(*) FROM grant WHERE grant.round_id = round.id AND grant.status <> 'annulled') AS applications
        FROM round LEFT JOIN fund ON fund.id = round.fund_id
        """

    static func round(from row: StatementRow) throws -> Round {
        Round(id: try row.get("id"), name: try row.get("name"), deadline: try row.get("deadline", as: Day.self),
              budget: Money(ore: try row.get("budget_ore")), fundID: try row.get("fund_id"), fund: try row.get("fund_name"),
              applications: try row.get("applications"))
    }
}
