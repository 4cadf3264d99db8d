extension Connection {
    /// Runs `body` with the named triggers dropped, then makes them again from
    /// the SQL the schema stored for them, so that they are exactly what they
    /// were: for a bulk write that does their work set-wise. Only inside a
    /// transaction (DDL is transactional in SQLite): a failure, or a crash,
    /// takes the drop back with everything `body` wrote, and no other
    /// connection ever sees the schema without them. A name the schema does
    /// not hold is skipped.
    ///
    ///     try db.transaction {
    ///         try db.withoutTriggers(["grant_history_insert"]) { try db.execute("INSERT INTO grant …") }
    ///     }
    public func withoutTriggers<T>(_ names: [String], _ body: () throws -> T) throws -> T {
        precondition(!isAutocommit, "triggers are dropped only inside a transaction")
        let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
        let kept = try rows("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (\(marks)) ORDER BY name", names)
            .map { (name: try $0.get(0, as: String.self), sql: try $0.get(1, as: String.self)) }
        for trigger in kept {
            let quoted = trigger.name.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
            try executeScript("DROP TRIGGER \"\(quoted)\"")
        }
        let result = try body()
        for trigger in kept {
            try executeScript(trigger.sql)
        }
        return result
    }
}
