import SQLite

/// One finding of `mon doctor`.
public struct HealthCheck: Equatable, Sendable {
    /// The check's name, the same in every language: `integrity`, `fund: Kommunalt næringsfond`.
    public let name: String
    public let passed: Bool
    /// What the check found, as sentences of the catalogues.
    public let finding: Message
    /// The check's name in words: the catalogue's `doctor.check.<name>`, or as given.
    public let label: Message

    /// What the check found, in the reader's language.
    public var detail: String { finding.description }

    /// A check that passed when nothing is wrong, saying `whenSound` then, and every problem otherwise.
    init(name: String, label: Message? = nil, problems: [Message], whenSound: Message) {
        self.init(name: name, label: label, passed: problems.isEmpty,
                  finding: problems.isEmpty ? whenSound : Message("doctor.problems", ["problems": .sentences(problems)]))
    }

    init(name: String, label: Message? = nil, passed: Bool, finding: Message) {
        self.name = name
        self.label = label ?? Message(Message.Key(rawValue: "doctor.check." + name))
        self.passed = passed
        self.finding = finding
    }
}

extension PortfolioDatabase {
    /// Checks the file's integrity, its foreign keys, its migrations, its schema
    /// objects, the seal of its history, its dates, the ledger and the figures of every fund.
    public func healthChecks() throws -> [HealthCheck] {
        let integrity = try connection.rows("PRAGMA integrity_check").map { try $0.get(0, as: String.self) }
        // The row's id is NULL in a table without one.
        let brokenKeys = try connection.rows("PRAGMA foreign_key_check").map { row in
            Message("doctor.broken_key", ["table": .text(try row.get(0)), "row": .text(try row.get(1, as: Int64?.self).map(String.init) ?? "–"),
                                          "parent": .text(try row.get(2))])
        }
        let applied = try Self.migrator.appliedMigrationIDs(in: connection)
        let missing = Self.migrator.migrations.map(\.id).filter { !applied.contains($0) }
        return try [
            // SQLite's own report of the file's integrity, in its words.
            HealthCheck(name: "integrity", passed: integrity == ["ok"], finding: Message(untranslated: integrity.joined(separator: "; "))),
            HealthCheck(name: "foreign_keys", problems: brokenKeys, whenSound: Message("doctor.ok")),
            HealthCheck(name: "migrations", passed: missing.isEmpty,
                        finding: missing.isEmpty ? Message("doctor.migrations_applied", ["count": .text("\(applied.count)")])
                                                 : Message("doctor.migrations_missing", ["migrations": .list(missing.map { .text($0) })])),
            made("schema", schemaCheck),
            made("history", historyCheck),
            made("data", dataCheck),
            made("dates", datesCheck),
            made("ledger", ledgerCheck),
        ] + FundRepository(self).list().map { fund in
            try made("fund: \(fund.name)", label: Message("doctor.check.fund", ["fund": .text(fund.name)])) { try fundCheck(fund) }
        }
    }

    /// `check`, or, when a value it reads stops it (a date outside the years mon keeps, written from the
    /// sqlite3 shell), a failed check that says why: the checks after it are still made, and the one that
    /// names such values among them.
    private func made(_ name: String, label: Message? = nil, _ check: () throws -> HealthCheck) throws -> HealthCheck {
        do {
            return try check()
        } catch let error as PortfolioError where error.kind == .invalidInput {
            return HealthCheck(name: name, label: label, passed: false, finding: error.sentence)
        } catch let error as SQLiteError where error.code == SQLiteError.mismatch {
            return HealthCheck(name: name, label: label, passed: false, finding: Message("doctor.unreadable"))
        }
    }

    /// Every trigger, index and view must be what the migrations and the history
    /// trigger generator make: compared, by name and SQL, with a database freshly
    /// migrated in memory. A dropped rule or index, or one changed by hand, is named.
    private func schemaCheck() throws -> HealthCheck {
        func objects(_ db: Connection) throws -> [String: (type: String, sql: String)] {
            let rows = try db.rows("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('trigger', 'index', 'view') AND sql IS NOT NULL")
            return Dictionary(try rows.map { (try $0.get(1), (try $0.get(0), try $0.get(2))) }, uniquingKeysWith: { first, _ in first })
        }
        let made = try objects(Self.inMemory(actor: "mon").connection)
        let found = try objects(connection)
        let differences = Set(made.keys).union(found.keys).sorted().compactMap { name -> Message? in
            switch (made[name], found[name]) {
            case (let made?, nil): return Message(Message.Key(rawValue: "doctor.schema.missing." + made.type), ["name": .text(name)])
            case (nil, let found?): return Message(Message.Key(rawValue: "doctor.schema.extra." + found.type), ["name": .text(name)])
            case (let made?, let found?) where made != found: return Message(Message.Key(rawValue: "doctor.schema.changed." + found.type), ["name": .text(name)])
            default: return nil
            }
        }
        // "1 view", "17 indexes": a count and its noun, singular or plural, as one entry of the catalogues.
        let count = { (type: String) -> Message.Argument in
            .message(Message(counting: Int64(made.values.filter { $0.type == type }.count), "doctor.schema.count.\(type)"))
        }
        return HealthCheck(name: "schema", problems: differences, whenSound: Message("doctor.schema.sound", [
            "triggers": count("trigger"), "indexes": count("index"), "views": count("view"),
        ]))
    }

    /// The history's seal chain, row by row (`mon history verify`).
    private func historyCheck() throws -> HealthCheck {
        let result = try HistoryRepository(self).verify()
        if let broken = result.firstBreak {
            return HealthCheck(name: "history", passed: false, finding: broken.problem)
        }
        var arguments: [String: Message.Argument] = ["rows": .text("\(result.rows)"), "unsealed": .text("\(result.unsealed)")]
        if let head = result.head { arguments.merge(["head_rows": .text("\(head.rows)"), "hash": .text(head.hash)]) { $1 } }
        let key = "doctor.history." + (result.head == nil ? "unbroken" : "unbroken_head") + (result.unsealed > 0 ? "_unsealed" : "")
        return HealthCheck(name: "history", passed: true, finding: Message(Message.Key(rawValue: key), arguments))
    }

    /// Every row must hold what its history last recorded: a row changed, or
    /// removed, with the history triggers out of the way (dropped and made
    /// again from the `sqlite3` shell) no longer matches and is named. Only the
    /// columns the history recorded are compared, so a column a later migration
    /// added is no difference. Rows that share their owner's history (link
    /// tables) are left to the schema check; rows with no history at all are the
    /// plan a migration seeded before history began.
    private func dataCheck() throws -> HealthCheck {
        var problems: [Message] = []
        var checked: Int64 = 0
        for table in try HistoryTriggers.dataTables(in: connection) where table.ownsItsHistory {
            let key = "t." + table.rowIDColumn
            let name = table.name.replacingOccurrences(of: "'", with: "''")
            let last = "SELECT new_values FROM history WHERE table_name = '\(name)' AND row_id = \(key) ORDER BY id DESC LIMIT 1"
            let changed = try connection.rows("""
                SELECT \(key) FROM "\(table.name)" AS t
                WHERE EXISTS (SELECT 1 FROM json_each((\(last))) AS old
                              WHERE old.value IS NOT json_extract(\(table.values("t")), '$.' || old.key))
                ORDER BY 1 LIMIT 5
                """).map { try $0.get(0, as: Int64.self) }
            let removed = try connection.rows("""
                SELECT DISTINCT h.row_id FROM history AS h
                WHERE h.table_name = '\(name)' AND h.action <> 'delete'
                  AND h.id = (SELECT max(id) FROM history WHERE table_name = h.table_name AND row_id = h.row_id)
                  AND NOT EXISTS (SELECT 1 FROM "\(table.name)" AS t WHERE \(key) = h.row_id)
                ORDER BY 1 LIMIT 5
                """).map { try $0.get(0, as: Int64.self) }
            problems += changed.map { Message("doctor.data.changed", ["table": .text(table.name), "row": .text("\($0)")]) }
            problems += removed.map { Message("doctor.data.removed", ["table": .text(table.name), "row": .text("\($0)")]) }
            checked += try connection.scalar("SELECT count(*) FROM \"\(table.name)\"") ?? 0
        }
        return HealthCheck(name: "data", problems: problems, whenSound: Message("doctor.data.sound", ["rows": .integer(checked)]))
    }

    /// A fund's figures (`GrantFigures`) computed twice — by the set queries every
    /// output uses, and grant by grant here — must agree, balance, and never leave
    /// the fund below zero on any day.
    private func fundCheck(_ fund: Fund) throws -> HealthCheck {
        let status = try FundRepository(self).status(of: fund, asOf: nil, year: nil)
        var problems: [Message] = []
        var counted = GrantFigures.none
        for grant in try GrantRepository(self).list(GrantRepository.Filter(fund: String(fund.id))) {
            counted = counted + Self.figures(of: grant)
            problems += Self.fundProblems(of: grant)
        }
        counted.applied = status.position.grants.applied
        if counted != status.position.grants {
            problems.append(Message("doctor.fund.sums_differ", [
                "granted": .money(counted.granted), "released": .money(counted.released), "paid": .money(counted.paid),
                "repaid": .money(counted.repaid), "committed": .money(counted.committed)]))
        }
        let low = GrantRules.lowPoint(of: try FundRepository(self).availability(fundID: fund.id), from: Day(year: 1900, month: 1, day: 1)!)
        if low.available < .zero { problems.append(Message("doctor.fund.below_zero", ["available": .money(low.available), "day": .day(low.day)])) }
        let balance = Message("doctor.fund.balance", [
            "allocated": .money(status.allocated), "available": .money(status.available), "committed": .money(status.committed),
            "disbursed": .money(status.disbursed), "granted": .money(status.granted), "in_force": .money(status.inForce)])
        return HealthCheck(name: "fund: \(fund.name)", label: Message("doctor.check.fund", ["fund": .text(fund.name)]),
                           problems: problems, whenSound: balance)
    }

    /// One grant's figures, by their definitions, from the grant itself.
    private static func figures(of grant: Grant) -> GrantFigures {
        guard let approved = grant.amountApproved else { return .none }
        let open = grant.releasedOn == nil
        return GrantFigures(granted: approved, released: open ? .zero : approved - grant.paid, paid: grant.paid,
                            repaid: grant.repaid, committed: open ? approved - grant.paid : .zero)
    }

    /// What is wrong with one grant's money or status.
    private static func fundProblems(of grant: Grant) -> [Message] {
        guard let approved = grant.amountApproved else { return [] }
        var problems: [Message] = []
        let open = grant.releasedOn == nil
        if grant.paid > approved || grant.repaid > grant.paid { problems.append(Message("doctor.fund.overpaid", ["grant": .text("\(grant.id)")])) }
        if open != [.approved, .paid].contains(grant.status) {
            problems.append(Message(open ? "doctor.fund.rest_not_released" : "doctor.fund.rest_released", grant.naming))
        }
        if (grant.status == .paid) != (open && grant.paid == approved) {
            problems.append(Message("doctor.fund.paid_status", grant.naming.merging(["paid": .money(grant.paid), "approved": .money(approved)]) { $1 }))
        }
        return problems
    }
}

extension PortfolioDatabase {
    /// Ids of the migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try Self.migrator.appliedMigrationIDs(in: connection)
    }
}
