import SQLite

/// One finding of `mon doctor`.
public struct HealthCheck: Equatable, Sendable {
    public let name: String
    public let passed: Bool
    public let detail: String
}

extension PortfolioDatabase {
    /// Checks the file's integrity, its foreign keys, its migrations, its schema
    /// objects, the seal of its history and the figures of every fund.
    public func healthChecks() throws -> [HealthCheck] {
        let integrity = try connection.rows("PRAGMA integrity_check").map { try $0.get(0, as: String.self) }
        let brokenKeys = try connection.rows("PRAGMA foreign_key_check").map { row in
            "\(row[0]) row \(row[1]) → \(row[2])"
        }
        let applied = try Self.migrator.appliedMigrationIDs(in: connection)
        let missing = Self.migrator.migrations.map(\.id).filter { !applied.contains($0) }
        return try [
            HealthCheck(name: "integrity", passed: integrity == ["ok"], detail: integrity.joined(separator: "; ")),
            HealthCheck(name: "foreign_keys", passed: brokenKeys.isEmpty,
                        detail: brokenKeys.isEmpty ? "ok" : brokenKeys.joined(separator: "; ")),
            HealthCheck(name: "migrations", passed: missing.isEmpty,
                        detail: missing.isEmpty ? "\(applied.count) applied" : "not applied: \(missing.joined(separator: ", "))"),
            schemaCheck(),
            historyCheck(),
            dataCheck(),
        ] + FundRepository(self).list().map(fundCheck)
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
        let differences = Set(made.keys).union(found.keys).sorted().compactMap { name -> String? in
            switch (made[name], found[name]) {
            case (let made?, nil): return "\(made.type) \(name) is missing"
            case (nil, let found?): return "\(found.type) \(name) was not made by the migrations"
            case (let made?, let found?) where made != found: return "\(found.type) \(name) differs from what the migrations made"
            default: return nil
            }
        }
        let kinds = [("trigger", "triggers"), ("index", "indexes"), ("view", "views")].map { kind, plural in
            let count = made.values.filter { $0.type == kind }.count
            return "\(count) \(count == 1 ? kind : plural)"
        }
        return HealthCheck(name: "schema", passed: differences.isEmpty,
                           detail: differences.isEmpty ? kinds.joined(separator: ", ") + " as the migrations made them"
                                                       : differences.joined(separator: "; "))
    }

    /// The history's seal chain, row by row (`mon history verify`).
    private func historyCheck() throws -> HealthCheck {
        let result = try HistoryRepository(self).verify()
        if let broken = result.firstBreak {
            return HealthCheck(name: "history", passed: false, detail: broken.problem)
        }
        let head = result.head.map { ", head \($0.rows) \($0.hash)" } ?? ""
        let unsealed = result.unsealed > 0 ? ", \(result.unsealed) written outside mon not yet sealed" : ""
        return HealthCheck(name: "history", passed: true, detail: "\(result.rows) rows in an unbroken chain\(head)\(unsealed)")
    }

    /// Every row must hold what its history last recorded: a row changed, or
    /// removed, with the history triggers out of the way (dropped and made
    /// again from the `sqlite3` shell) no longer matches and is named. Only the
    /// columns the history recorded are compared, so a column a later migration
    /// added is no difference. Rows that share their owner's history (link
    /// tables) are left to the schema check; rows with no history at all are the
    /// plan a migration seeded before history began.
    private func dataCheck() throws -> HealthCheck {
        var problems: [String] = []
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
            problems += changed.map { "\(table.name) \($0) differs from what its history last recorded" }
            problems += removed.map { "\(table.name) \($0) is gone, but its history records no deletion" }
            checked += try connection.scalar("SELECT count(*) FROM \"\(table.name)\"") ?? 0
        }
        return HealthCheck(name: "data", passed: problems.isEmpty,
                           detail: problems.isEmpty ? "\(checked) rows as their history last recorded them" : problems.joined(separator: "; "))
    }

    /// A fund's figures computed twice — by SQL over the fund, and grant by grant
    /// here — must agree, balance, and never leave the fund below zero on any day.
    private func fundCheck(_ fund: Fund) throws -> HealthCheck {
        let status = try FundRepository(self).status(of: fund, asOf: nil, year: nil)
        let grants = try GrantRepository(self).list(GrantRepository.Filter(fund: String(fund.id)))
        var problems: [String] = []
        var committed = Money.zero, disbursed = Money.zero, returned = Money.zero
        for grant in grants {
            guard let approved = grant.amountApproved else { continue }
            let open = grant.releasedOn == nil
            if open { committed = committed + approved - grant.paid } else { returned = returned + approved - grant.paid }
            disbursed = disbursed + grant.paid - grant.repaid
            returned = returned + grant.repaid
            if grant.paid > approved || grant.repaid > grant.paid { problems.append("grant \(grant.id) pays out more than it may") }
            if open != [.approved, .paid].contains(grant.status) {
                problems.append("grant \(grant.id) is \(grant.status.rawValue) but its rest is \(open ? "not " : "")released")
            }
            if (grant.status == .paid) != (open && grant.paid == approved) {
                problems.append("grant \(grant.id) is \(grant.status.rawValue) with \(grant.paid) of \(approved) paid")
            }
        }
        if (committed, disbursed, returned) != (status.committed, status.disbursed, status.returned) {
            problems.append("grant by grant: committed \(committed), disbursed \(disbursed), returned \(returned)")
        }
        let low = GrantRules.lowPoint(of: try FundRepository(self).availability(fundID: fund.id), from: Day(year: 1900, month: 1, day: 1)!)
        if low.available < .zero { problems.append("available \(low.available) on \(low.day.iso)") }
        let balance = "allocated \(status.allocated) = available \(status.available) + committed \(status.committed) + disbursed \(status.disbursed)"
        return HealthCheck(name: "fund: \(fund.name)", passed: problems.isEmpty,
                           detail: problems.isEmpty ? balance : problems.joined(separator: "; "))
    }
}

extension PortfolioDatabase {
    /// Ids of the migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try Self.migrator.appliedMigrationIDs(in: connection)
    }
}
