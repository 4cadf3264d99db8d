import SQLite

/// A day as the schema stores it, ISO text (`2024-03-15`, which every date column's CHECK holds it to),
/// read straight from the column's bytes: a list of grants reads six dates a row, and a string made
/// of each only to be parsed cost more than the parsing.
///
///     try row.get("approved_on", as: Day?.self)
extension Day: DatabaseValueConvertible {
    public static func decode(_ column: StatementColumn) -> Day? {
        column.withUTF8(iso) ?? nil
    }

    public var databaseValue: DatabaseValue { .text(iso) }

    public init?(databaseValue: DatabaseValue) {
        guard case .text(let text) = databaseValue, let day = Day(iso: text.utf8) else { return nil }
        self = day
    }
}
