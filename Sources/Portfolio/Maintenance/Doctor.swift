import SQLite

/// One finding of `mon doctor`.
public struct HealthCheck: Equatable, Sendable {
    public let name: String
    public let passed: Bool
    public let detail: String
}

extension PortfolioDatabase {
    /// Checks the file's integrity, its foreign keys and its migrations.
    public func healthChecks() throws -> [HealthCheck] {
        let integrity = try connection.rows("PRAGMA integrity_check").map { try $0.get(0, as: String.self) }
        let brokenKeys = try connection.rows("PRAGMA foreign_key_check").map { row in
            "\(row[0]) row \(row[1]) → \(row[2])"
        }
        let applied = try Self.migrator.appliedMigrationIDs(in: connection)
        let missing = Self.migrator.migrations.map(\.id).filter { !applied.contains($0) }
        return [
            HealthCheck(name: "integrity", passed: integrity == ["ok"], detail: integrity.joined(separator: "; ")),
            HealthCheck(name: "foreign_keys", passed: brokenKeys.isEmpty,
                        detail: brokenKeys.isEmpty ? "ok" : brokenKeys.joined(separator: "; ")),
            HealthCheck(name: "migrations", passed: missing.isEmpty,
                        detail: missing.isEmpty ? "\(applied.count) applied" : "not applied: \(missing.joined(separator: ", "))"),
        ]
    }
}

extension PortfolioDatabase {
    /// Ids of the migrations applied to this database, in order.
    public func appliedMigrations() throws -> [String] {
        try Self.migrator.appliedMigrationIDs(in: connection)
    }
}
