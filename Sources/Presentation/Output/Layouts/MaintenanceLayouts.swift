import Portfolio

extension Layout where Value == HistoryEntry {
    /// A change: in a table its fields in words; in JSON the row's values before and after, as objects.
    public static var historyEntry: Layout {
        Layout([
            Column("id") { .integer($0.id) }, Column("at") { .moment($0.at) }, Column("actor") { .text($0.actor) },
            Column("table") { .text($0.table) }, Column("row_id") { .integer($0.rowID) }, Column("action") { .word($0.action) },
            Column("changes") { .text($0.changes.map(describe).joined(separator: "; ")) },
        ], parts: [
            Part("old_values", json: { $0.oldValues.map(JSON.number) ?? .null }),
            Part("new_values", json: { $0.newValues.map(JSON.number) ?? .null }),
        ])
    }

    /// A change as a person reads it on a record page: when, by whom, what happened, and each field by its name
    /// with its values written the reader's way (`HistoryWords`).
    public static var historyInWords: Layout {
        Layout([
            Column("at", header: "when") { .moment($0.at) }, Column("actor", header: "who") { .text($0.actor) },
            Column("event") { .code($0.action, label: HistoryWords.event($0)) },
            Column("changes") { entry in .code(entry.changes.map(describe).joined(separator: "; "), label: HistoryWords.changes(entry)) },
        ])
    }

    private static func describe(_ change: HistoryEntry.FieldChange) -> String {
        switch (change.old, change.new) {
        case (nil, let new?): return "\(change.field)=\(new)"
        case (let old?, nil): return "\(change.field): \(old) → ∅"
        default: return "\(change.field): \(change.old ?? "") → \(change.new ?? "")"
        }
    }
}

extension Layout where Value == HealthCheck {
    public static var healthCheck: Layout {
        Layout([Column("check") { .code($0.name, label: $0.label) }, Column("passed") { .bool($0.passed) }, Column("detail") { .text($0.detail) }])
    }
}

/// The database `init` made or brought up to date.
public struct DatabaseState {
    let path: String
    let migrations: [String]

    public init(path: String, migrations: [String]) {
        self.path = path
        self.migrations = migrations
    }
}

extension Layout where Value == DatabaseState {
    public static var databaseState: Layout {
        Layout([
            Column("database") { .text($0.path) }, Column("migrations") { .count($0.migrations.count) },
            Column("schema") { .optional($0.migrations.last) },
        ])
    }
}

extension Layout where Value == ImportSummary {
    public static var importSummary: Layout {
        Layout([Column("kind") { .word($0.kind.rawValue) }, Column("rows") { .count($0.rows) }, Column("dry_run") { .bool($0.dryRun) }])
    }
}

/// How many rows a table holds.
public struct TableSize {
    let table: String
    let rows: Int64

    public init(table: String, rows: Int64) {
        self.table = table
        self.rows = rows
    }
}

extension Layout where Value == TableSize {
    public static var tableSize: Layout {
        Layout([Column("table") { .text($0.table) }, Column("rows") { .integer($0.rows) }])
    }
}

extension Layout where Value == Int64 {
    /// The id of something just added.
    public static var newID: Layout {
        Layout([Column("id") { .integer($0) }])
    }
}

/// What `demo` loaded: the plan, its ranking and its fund.
public struct DemoSummary {
    let plan: String
    let ranking: Ranking
    let funds: [FundStatus]

    public init(plan: String, ranking: Ranking, funds: [FundStatus]) {
        self.plan = plan
        self.ranking = ranking
        self.funds = funds
    }
}

extension Layout where Value == DemoSummary {
    public static var demo: Layout {
        Layout([
            Column("plan") { .text($0.plan) }, Column("projects") { .count($0.ranking.projects.count) },
            Column("as_of") { .day($0.ranking.asOf) },
        ], parts: [
            .list("ranking", title: "ringvirkning_ranking", Layout<RankedProject>.ranked) { $0.ranking.projects },
            .list("fund_status", Layout<FundStatus>.fundStatus) { $0.funds },
        ])
    }
}

extension Layout where Value == HistoryVerification {
    /// The chain's state: in JSON its head as an object, for a person as "rows hash".
    public static var historyVerification: Layout {
        Layout([
            Column("rows") { .integer($0.rows) }, Column("unsealed") { .integer($0.unsealed) },
            Column("head") { .optional($0.head.map { "\($0.rows) \($0.hash)" }) },
            Column("intact") { .bool($0.firstBreak == nil) },
            Column("first_broken_row") { $0.firstBreak.map { .integer($0.id) } ?? .null },
        ], parts: [
            Part("head", json: { verification in
                verification.head.map { .object([("rows", .integer($0.rows)), ("hash", .string($0.hash))]) } ?? .null
            }),
        ])
    }
}
