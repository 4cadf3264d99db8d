import Foundation
import SQLite

/// The history triggers, made from the schema rather than written by hand:
/// for every table of the data, one after each insert, update and delete, that
/// records the actor, the row and its values before and after as JSON.
///
///     try HistoryTriggers.update(connection)   // after a migration, in its transaction
///
/// The actor is the one mon puts in `current_actor` for the length of its
/// transaction, else 'outside mon'. `history.row_id` is the row's `id`; for a
/// link table (its key starts with a reference to its owner) the owner's id,
/// for a payment its grant's, and for a table keyed otherwise its rowid: asking
/// for one project's or grant's story finds its link rows too.
enum HistoryTriggers {
    /// Tables that record or steer the history, or are derived from the data by
    /// triggers (the ledger), rather than hold data: no triggers.
    static let bookkeepingTables: Set<String> = ["history", "schema_migrations", "current_actor", "ledger_grant",
                                                        "ledger_fund_day", "ledger_fund_total"]

    /// Rows whose story is their owner's although they have ids of their own.
    static let ownerColumns = ["payment": "grant_id", "grant_decision": "grant_id", "grant_recusal": "grant_id",
                               "project_result": "project_id",
                               "grant_condition": "grant_id", "payment_request": "grant_id"]

    /// Columns whose values the history never holds, as `table.column`: a password's
    /// hash, which would let anyone who reads the history try passwords against it.
    /// `secretMarker` stands in their place, in every row, old and new.
    static let secretColumns: Set<String> = ["web_user.password_hash"]
    static let secretMarker = "(not recorded)"

    /// Who a history row names: the actor mon set for its transaction, else 'outside mon'.
    static let actor = "COALESCE((SELECT name FROM current_actor WHERE id = 1), 'outside mon')"

    /// The first migration after which the triggers are generated; those before it wrote their own.
    static let firstGeneratedMigration = "0005_generated_history"

    /// True when the file holds exactly the history triggers its schema asks for.
    static func areCurrent(in db: Connection) throws -> Bool {
        try expected(in: db) == present(in: db)
    }

    /// Makes the history triggers in the file what the schema asks for: drops
    /// those that differ or whose table is gone, creates those missing. Returns
    /// true when it changed anything. Cheap when nothing differs: two queries.
    @discardableResult
    static func update(_ db: Connection) throws -> Bool {
        let expected = try self.expected(in: db)
        let present = try self.present(in: db)
        guard expected != present else { return false }
        for name in present.keys.sorted() where expected[name] != present[name] {
            try db.executeScript("DROP TRIGGER \(quoted(name))")
        }
        for name in expected.keys.sorted() where expected[name] != present[name] {
            try db.executeScript(expected[name]!)
        }
        return true
    }

    /// Name and SQL of every history trigger the schema asks for.
    static func expected(in db: Connection) throws -> [String: String] {
        var triggers: [String: String] = [:]
        for table in try dataTables(in: db) {
            for action in Action.allCases {
                triggers[table.triggerName(action)] = table.trigger(action)
            }
        }
        return triggers
    }

    /// Name and SQL of the history triggers in the file.
    static func present(in db: Connection) throws -> [String: String] {
        let rows = try db.rows("""
            SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'
              AND (name GLOB '*_history_insert' OR name GLOB '*_history_update' OR name GLOB '*_history_delete')
            """)
        return Dictionary(try rows.map { (try $0.get(0, as: String.self), try $0.get(1, as: String.self)) },
                          uniquingKeysWith: { first, _ in first })
    }

    /// Every ordinary table of the main schema that holds data, with its columns in order.
    static func dataTables(in db: Connection) throws -> [DataTable] {
        let columns = try db.rows("""
            SELECT list.name, info.name, info.type, info.pk
            FROM pragma_table_list AS list JOIN pragma_table_xinfo(list.name) AS info
            WHERE list.schema = 'main' AND list.type = 'table' AND list.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            ORDER BY list.name, info.cid
            """)
        let references = try db.rows("""
            SELECT list.name, keys."from"
            FROM pragma_table_list AS list JOIN pragma_foreign_key_list(list.name) AS keys
            WHERE list.schema = 'main' AND list.type = 'table'
            """)
        var referencing: [String: Set<String>] = [:]
        for row in references { referencing[try row.get(0), default: []].insert(try row.get(1)) }
        var tables: [DataTable] = []
        for row in columns {
            let name: String = try row.get(0)
            guard !bookkeepingTables.contains(name) else { continue }
            if tables.last?.name != name {
                tables.append(DataTable(name: name, columns: [], references: referencing[name] ?? []))
            }
            tables[tables.count - 1].columns.append(
                DataTable.Column(name: try row.get(1), type: try row.get(2), keyPosition: try row.get(3)))
        }
        return tables
    }

    /// The name of `table`'s history trigger for `action`.
    static func triggerName(_ table: String, _ action: Action) -> String { "\(table)_history_\(action.rawValue)" }

    enum Action: String, CaseIterable {
        case insert, update, delete
    }

    /// One table of the data, as its history triggers need to know it.
    struct DataTable {
        struct Column {
            let name: String
            let type: String
            /// 1-based place in the primary key; 0 when not part of it.
            let keyPosition: Int64
        }

        let name: String
        var columns: [Column]
        /// Columns that reference another table.
        let references: Set<String>

        func triggerName(_ action: Action) -> String { HistoryTriggers.triggerName(name, action) }

        /// The column `history.row_id` takes: see the type's documentation.
        var rowIDColumn: String {
            if let owner = HistoryTriggers.ownerColumns[name] { return quoted(owner) }
            let key = columns.filter { $0.keyPosition > 0 }.sorted { $0.keyPosition < $1.keyPosition }
            if key.count == 1, key[0].type.uppercased() == "INTEGER" { return quoted(key[0].name) }
            if let first = key.first, references.contains(first.name) { return quoted(first.name) }
            return "rowid"
        }

        /// True when each row has a history of its own (`row_id` is the row's own key), not one it shares with its owner.
        var ownsItsHistory: Bool {
            guard HistoryTriggers.ownerColumns[name] == nil else { return false }
            let key = columns.filter { $0.keyPosition > 0 }.sorted { $0.keyPosition < $1.keyPosition }
            if key.count == 1, key[0].type.uppercased() == "INTEGER" { return true }
            return !(key.first.map { references.contains($0.name) } ?? false)
        }

        /// The row's values as a JSON object, read through `OLD` or `NEW`.
        func values(_ row: String) -> String {
            "json_object(" + columns.map { column in
                let value = HistoryTriggers.secretColumns.contains(name + "." + column.name)
                    ? literal(HistoryTriggers.secretMarker) : "\(row).\(quoted(column.name))"
                return "\(literal(column.name)), \(value)"
            }.joined(separator: ", ") + ")"
        }

        func trigger(_ action: Action) -> String {
            let row = action == .delete ? "OLD" : "NEW"
            let (targets, values) = switch action {
            case .insert: ("new_values", self.values("NEW"))
            case .update: ("old_values, new_values", self.values("OLD") + ",\n            " + self.values("NEW"))
            case .delete: ("old_values", self.values("OLD"))
            }
            // An update that changes nothing (SET x = x) leaves no row.
            let when = action != .update ? "" : "\nWHEN " + columns.map {
                "OLD.\(quoted($0.name)) IS NOT NEW.\(quoted($0.name))"
            }.joined(separator: " OR ")
            return """
                CREATE TRIGGER \(quoted(triggerName(action))) AFTER \(action.rawValue.uppercased()) ON \(quoted(name))\(when)
                BEGIN
                    INSERT INTO history (actor, table_name, row_id, action, \(targets))
                    VALUES (\(HistoryTriggers.actor), \(literal(name)), \(row).\(rowIDColumn), '\(action.rawValue)',
                            \(values));
                END
                """
        }
    }
}

/// An identifier as SQL reads it whatever its spelling: in double quotes.
func quoted(_ identifier: String) -> String {
    enclosed(identifier, in: "\"")
}

/// Text as an SQL string literal.
private func literal(_ text: String) -> String {
    enclosed(text, in: "'")
}

/// `text` between two `quote`s, each quote in it doubled. Every writable open
/// generates the history triggers to compare them with the file's, thousands of
/// names: a character loop, where Foundation's search for the quote cost a
/// seventh of an approval.
private func enclosed(_ text: String, in quote: Character) -> String {
    var result = String(quote)
    result.reserveCapacity(text.utf8.count + 2)
    for character in text {
        if character == quote { result.append(quote) }
        result.append(character)
    }
    result.append(quote)
    return result
}
