import Foundation
import SQLite

/// The rows a query returned, with its column names.
public struct QueryResult: Equatable, Sendable {
    public let columns: [String]
    public let rows: [[DatabaseValue]]
}

extension PortfolioDatabase {
    /// Runs one statement a user typed, with named parameters, and refuses
    /// anything that would write. The database is opened read-only and
    /// `query_only` as well, so even a statement SQLite misjudges cannot write.
    ///
    ///     try db.query("SELECT code, title FROM goal WHERE code = :c", parameters: ["c": "2.5"])
    ///
    /// A parameter that reads as a whole number is bound as an integer, any other as text.
    public func query(_ sql: String, parameters: [String: String] = [:]) throws -> QueryResult {
        let statement: Statement
        do {
            statement = try connection.prepare(sql)
        } catch let error as SQLiteError {
            throw PortfolioError.refused("the query is not valid SQL: \(error.message)")
        }
        guard statement.trailingSQL.allSatisfy({ $0.isWhitespace || $0 == ";" }) else {
            throw PortfolioError.refused("mon sql runs one statement at a time")
        }
        guard statement.isReadOnly else {
            throw PortfolioError.refused("mon sql only reads: this statement would change the database")
        }
        let bound: [String: any DatabaseValueConvertible] = parameters.mapValues { text in
            if let integer = Int64(text), String(integer) == text { return integer }
            return text
        }
        do {
            try statement.bind(named: bound)
            let rows = try statement.collectRows()
            return QueryResult(columns: statement.columnNames, rows: rows.map(\.values))
        } catch let error as SQLiteError {
            throw PortfolioError.refused("the query failed: \(error.message)")
        }
    }
}
