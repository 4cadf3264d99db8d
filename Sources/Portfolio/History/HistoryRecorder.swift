import SQLite

/// History rows written by mon itself, for a bulk write that takes the insert
/// triggers of its tables out (`Connection.withoutTriggers`) and records its
/// rows set-wise instead: each row as its trigger would have recorded it (the
/// same generated values, the same actor) and sealed as it is written, so the
/// chain needs no second pass over rows just written. Whatever waited unsealed
/// is sealed first, so that the chain runs on from it.
///
///     var recorder = try HistoryRecorder(db.connection)
///     try recorder.recordInserts(into: "grant", "FROM temp.import_grant AS i JOIN grant AS t ON t.id = i.id ORDER BY i.line")
struct HistoryRecorder {
    private let db: Connection
    private let insert: Statement
    /// The moment and the actor of every row this recorder writes.
    private let at: String
    private let actor: String
    private var lastID: Int64
    private var previous: [UInt8]

    init(_ db: Connection) throws {
        try HistoryChain.seal(db)
        let last = try db.row("SELECT id, hash FROM history ORDER BY id DESC LIMIT 1")
        self.db = db
        lastID = try last?.get(0) ?? 0
        previous = try last?.get(1) ?? []
        at = try db.scalar("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')") ?? ""
        actor = try db.scalar("SELECT \(HistoryTriggers.actor)") ?? ""
        insert = try db.prepare("""
            INSERT INTO history (id, at, actor, table_name, row_id, action, new_values, hash) VALUES (?, ?, ?, ?, ?, 'insert', ?, ?)
            """)
    }

    /// Records the insert of each row of `table` that `rows` names, in its order:
    /// `rows` is the rest of a query over the table as `t` (`FROM grant AS t WHERE …`).
    mutating func recordInserts(into table: String, _ rows: String) throws {
        guard let source = try HistoryTriggers.dataTables(in: db).first(where: { $0.name == table }) else { return }
        let select = try db.prepare("SELECT t.\(source.rowIDColumn), \(source.values("t")) \(rows)")
        try select.forEachRow { row in
            let rowID: Int64 = try row.get(0)
            let values: String = try row.get(1)
            lastID += 1
            previous = HistoryChain.seal(after: previous, [String(lastID), at, actor, table, String(rowID), "insert", nil, values])
            try insert.execute([lastID, at, actor, table, rowID, values, previous])
        }
    }
}
