import SQLite

/// One recorded change of one row.
public struct HistoryEntry: Equatable, Sendable {
    /// One column whose value the change set or altered.
    public struct FieldChange: Equatable, Sendable {
        public let field: String
        public let old: String?
        public let new: String?
    }

    public let id: Int64
    /// UTC, ISO with milliseconds.
    public let at: String
    public let actor: String
    public let table: String
    public let rowID: Int64
    /// `insert`, `update` or `delete`.
    public let action: String
    /// The row before and after, as JSON objects.
    public let oldValues: String?
    public let newValues: String?

    /// The columns that differ between before and after, in the table's column
    /// order (for an insert, every column set; for a delete, every one it had).
    public let changes: [FieldChange]
}

/// Reads the history: every change of every domain table, which nothing deletes.
public struct HistoryRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Link tables whose history rows name their owner's id: asking for the owner shows them too.
    static let ownedTables = [
        "project": ["project_goal", "project_strategy", "project_partner"],
        "grant": ["payment", "grant_decision", "grant_recusal"],
        "scoring_model": ["model_weight", "model_multiplier"],
    ]

    /// Changes in order; only of `table` (and the link tables it owns), of row `id`, from day `since`, by `actor`.
    public func entries(table: String? = nil, id: Int64? = nil, since: Day? = nil, actor: String? = nil) throws -> [HistoryEntry] {
        var tables: [String] = []
        if let table {
            let known: Int64? = try db.connection.scalar(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", [table])
            guard known == 1, !HistoryTriggers.bookkeepingTables.contains(table) else { throw PortfolioError.notFound(Message("history.no_table", ["table": .text(table)])) }
            tables = [table] + (Self.ownedTables[table] ?? [])
        } else if id != nil {
            throw PortfolioError.invalidInput(Message("history.id_needs_table"))
        }
        // Only the conditions asked for, each a plain comparison, so that SQLite can use
        // the (table_name, row_id) index; "? IS NULL OR …" would keep it from doing so.
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if !tables.isEmpty {
            conditions.append("table_name IN (" + tables.map { _ in "?" }.joined(separator: ", ") + ")")
            arguments += tables
        }
        if let id {
            conditions.append("row_id = ?")
            arguments.append(id)
        }
        if let since {
            conditions.append("at >= ?")
            arguments.append(since.iso)
        }
        if let actor {
            conditions.append("actor = ?")
            arguments.append(actor)
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try db.connection.rows(
            "SELECT id, at, actor, table_name, row_id, action, old_values, new_values FROM history\(filter) ORDER BY id",
            arguments
        ).map { row in
            let old: String? = try row.get(6)
            let new: String? = try row.get(7)
            return HistoryEntry(id: try row.get(0), at: try row.get(1), actor: try row.get(2), table: try row.get(3),
                                rowID: try row.get(4), action: try row.get(5), oldValues: old, newValues: new,
                                changes: try changes(from: old, to: new))
        }
    }

    /// The fields that differ, read with SQLite's json_each, which keeps the order the trigger wrote.
    private func changes(from old: String?, to new: String?) throws -> [HistoryEntry.FieldChange] {
        func fields(_ json: String?) throws -> [(String, String?)] {
            guard let json else { return [] }
            return try db.connection.rows("SELECT key, value FROM json_each(?) ORDER BY id", [json]).map { row in
                (try row.get(0), row[1].isNull ? nil : Cell(row[1]).plain)
            }
        }
        let before = try fields(old)
        let after = try fields(new)
        let oldValues = Dictionary(before, uniquingKeysWith: { first, _ in first })
        let newValues = Dictionary(after, uniquingKeysWith: { first, _ in first })
        return (before + after).map(\.0).uniqued().compactMap { field in
            let was = oldValues[field] ?? nil
            let now = newValues[field] ?? nil
            return was == now ? nil : HistoryEntry.FieldChange(field: field, old: was, new: now)
        }
    }
}
