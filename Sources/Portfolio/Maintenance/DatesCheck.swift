import SQLite

extension PortfolioDatabase {
    /// Every stored date must be one mon can read. The schema holds each day column to an ISO day
    /// (`x IS date(x, '+0 days')`) and each month to a month, but not to the years a `Day` keeps
    /// (`Day.years`): a date outside them, written from the sqlite3 shell, stops every list and report that
    /// reads its row. The moments mon stamps (`created_at`) are held to nothing and checked the same way.
    /// Each such row is named by its rowid (its id where it has one), with its column and date, five a
    /// column and how many more.
    func datesCheck() throws -> HealthCheck {
        let first = String(Day.years.lowerBound), last = String(Day.years.upperBound)
        var problems: [Message] = []
        var columns = 0
        for table in try HistoryTriggers.dataTables(in: connection) {
            for column in try dateColumns(of: table) {
                columns += 1
                let name = quoted(column)
                // Every kind starts with its year: a day, a month (`2024-03`), a moment (`2024-03-15T…`).
                let rows = try connection.rows("""
                    SELECT rowid, \(name), count(*) OVER () FROM \(quoted(table.name))
                    WHERE substr(\(name), 1, 4) NOT BETWEEN ? AND ? ORDER BY rowid LIMIT 5
                    """, [first, last])
                for row in rows {
                    problems.append(Message("doctor.dates.outside", [
                        "table": .text(table.name), "row": .text(String(try row.get(0, as: Int64.self))), "column": .text(column),
                        "date": .text(try row.get(1, as: String.self)), "first": .text(first), "last": .text(last),
                    ]))
                }
                if let found = try rows.first?.get(2, as: Int64.self), found > Int64(rows.count) {
                    problems.append(Message("doctor.dates.more", ["table": .text(table.name), "column": .text(column),
                                                                  "count": .integer(found - Int64(rows.count))]))
                }
            }
        }
        return HealthCheck(name: "dates", problems: problems, whenSound: Message("doctor.dates.sound", [
            "columns": .integer(Int64(columns)), "first": .text(first), "last": .text(last),
        ]))
    }

    /// The columns of `table` that hold a day or a month (as their CHECK says) or a moment mon stamps (as
    /// their default says), in the table's order.
    private func dateColumns(of table: HistoryTriggers.DataTable) throws -> [String] {
        let schema: String = try connection.scalar("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", [table.name]) ?? ""
        let stamped = Set(try connection.map("""
            SELECT name FROM pragma_table_xinfo(?) WHERE dflt_value LIKE 'strftime(''%Y-%m-%dT%'
            """, [table.name]) { try $0.get(0, as: String.self) })
        return table.columns.map(\.name).filter { column in
            schema.contains("\(column) IS date(\(column),") || schema.contains("date(\(column) || '-01')") || stamped.contains(column)
        }
    }
}
