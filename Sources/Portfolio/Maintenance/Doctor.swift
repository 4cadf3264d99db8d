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
