import SQLite

/// Rows a query returned, with its column names: a whole result, or one batch of it.
public struct QueryResult: Equatable, Sendable {
    public let columns: [String]
    public let rows: [[DatabaseValue]]
}

/// When a query a user typed is stopped before its end.
public struct QueryLimits {
    /// The longest the query may run.
    public var timeout: Duration
    /// Asked while the query runs; true stops it (Ctrl-C).
    public var interrupted: () -> Bool

    public init(timeout: Duration = .seconds(60), interrupted: @escaping () -> Bool = { false }) {
        self.timeout = timeout
        self.interrupted = interrupted
    }
}

extension PortfolioDatabase {
    /// Runs one statement a user typed, with named parameters, and hands its
    /// rows to `batch` a thousand at a time as they are read, so that a result
    /// of any size takes the memory of one batch. `batch` is called at least
    /// once, so that even an empty result names its columns.
    ///
    ///     try db.query("SELECT code, title FROM goal WHERE code = :c", parameters: ["c": "2.5"]) { print($0.rows) }
    ///
    /// Only reading is allowed: the connection is read-only and `query_only`,
    /// and an authorizer refuses at prepare time whatever is not a read —
    /// writes, ATTACH, pragmas that set something, functions that reach outside
    /// the database. The query stops at `limits.timeout` or when `limits.interrupted`
    /// says so. A parameter that reads as a whole number is bound as an integer, any other as text.
    public func query(_ sql: String, parameters: [String: String] = [:], limits: QueryLimits = QueryLimits(),
                      batchSize: Int = 1_000, each batch: (QueryResult) throws -> Void) throws {
        let statement = try preparedReading(sql)
        let bound: [String: any DatabaseValueConvertible] = parameters.mapValues { text in
            if let integer = Int64(text), String(integer) == text { return integer }
            return text
        }
        let columns = statement.columnNames
        var rows: [[DatabaseValue]] = []
        var delivered = false
        func deliver() throws {
            guard !delivered || !rows.isEmpty else { return }
            try batch(QueryResult(columns: columns, rows: rows))
            rows.removeAll(keepingCapacity: true)
            delivered = true
        }
        try explainingQueryFailure(limits) { stopCheck in
            try statement.bind(named: bound)
            try connection.interruptible(when: stopCheck) {
                try statement.forEachRow { row in
                    rows.append((0..<columns.count).map { row.column($0).value })
                    if rows.count == batchSize { try deliver() }
                }
            }
        }
        try deliver()
    }

    /// Every row at once, for a result known to be small.
    public func query(_ sql: String, parameters: [String: String] = [:]) throws -> QueryResult {
        var columns: [String] = []
        var rows: [[DatabaseValue]] = []
        try query(sql, parameters: parameters) { batch in
            columns = batch.columns
            rows += batch.rows
        }
        return QueryResult(columns: columns, rows: rows)
    }

    /// The statement, prepared under the authorizer that lets it only read; a
    /// refusal says what was refused, in words.
    private func preparedReading(_ sql: String) throws -> Statement {
        connection.limitValueLength(to: Self.largestValue)
        let authorizer = connection.allowOnlyReads()
        let statement: Statement
        do {
            statement = try connection.prepare(sql)
        } catch let error as SQLiteError {
            switch authorizer.denial {
            case .attach?: throw PortfolioError.refused(Message("sql.attach"))
            case .function(let name)?: throw PortfolioError.refused(Message("sql.function", ["name": .text(name)]))
            case .pragma(let name)?: throw PortfolioError.refused(Message("sql.pragma", ["name": .text(name)]))
            case .write?: throw PortfolioError.refused(Message("sql.writes"))
            case nil: throw PortfolioError.refused(Message("sql.invalid", ["reason": .text(error.message)]))
            }
        }
        guard statement.trailingSQL.allSatisfy({ $0.isWhitespace || $0 == ";" }) else {
            throw PortfolioError.refused(Message("sql.one_statement"))
        }
        guard statement.isReadOnly else {
            throw PortfolioError.refused(Message("sql.writes"))
        }
        return statement
    }

    /// Runs `body` with the question that stops it, and says why it failed:
    /// the time limit, Ctrl-C, the file, or the query itself.
    private func explainingQueryFailure(_ limits: QueryLimits, _ body: (() -> Bool) throws -> Void) throws {
        let deadline = ContinuousClock.now + limits.timeout
        var timedOut = false
        do {
            try body {
                if limits.interrupted() { return true }
                timedOut = ContinuousClock.now >= deadline
                return timedOut
            }
        } catch let error as SQLiteError where error.code == SQLiteError.interrupted {
            let seconds = limits.timeout.components.seconds
            throw timedOut
                ? PortfolioError.refused(Message("sql.time_limit", ["seconds": .text("\(seconds)")]))
                : PortfolioError.refused(Message("sql.interrupted"))
        } catch let error as SQLiteError where [SQLiteError.ioError, SQLiteError.corrupt, SQLiteError.notADatabase,
                                                SQLiteError.busy, SQLiteError.locked, SQLiteError.full,
                                                SQLiteError.cantOpen].contains(error.primaryCode) {
            throw PortfolioError.from(error, path: path)
        } catch let error as SQLiteError where error.primaryCode == SQLiteError.tooBig {
            throw PortfolioError.refused(Message("sql.value_too_big"))
        } catch let error as SQLiteError {
            throw PortfolioError.refused(Message("sql.failed", ["reason": .text(error.message)]))
        }
    }

    /// The longest text or blob `mon sql` makes: a value no person reads whole, and memory stays bounded.
    static let largestValue: Int32 = 16 << 20
}
