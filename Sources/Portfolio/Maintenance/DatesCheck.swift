import SQLite

extension PortfolioDatabase {
    /// Every stored date must be one mon can read. The schema holds each date column to an ISO day
    /// (`x IS date(x, '+0 days')`) but not to the years a `Day` keeps (`Day.years`): a day outside them,
    /// written from the sqlite3 shell, stops every list and report that reads its row. Each such row is
    /// named by its rowid (its id where it has one), with its column and date, up to five a column.
    func datesCheck() throws -> HealthCheck {
        let first = "\(Day.years.lowerBound)-01-01", last = "\(Day.years.upperBound)-12-31"
        var problems: [Message] = []
        var columns = 0
        for table in try HistoryTriggers.dataTables(in: connection) {
            let schema: String = try connection.scalar("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", [table.name]) ?? ""
            // The CHECK names the column on both sides: `start_date IS date(start_date, '+0 days')`.
            for column in table.columns where schema.contains("\(column.name) IS date(\(column.name),") {
                columns += 1
                let name = quoted(column.name)
                let rows = try connection.rows("""
                    SELECT rowid, \(name) FROM \(quoted(table.name))
                    WHERE \(name) NOT BETWEEN ? AND ? ORDER BY 1 LIMIT 5
                    """, [first, last])
                problems += try rows.map { row in
                    Message("doctor.dates.outside", ["table": .text(table.name), "row": .text(String(try row.get(0, as: Int64.self))),
                                                     "column": .text(column.name), "date": .text(try row.get(1)),
                                                     "first": .text(String(Day.years.lowerBound)), "last": .text(String(Day.years.upperBound))])
                }
            }
        }
        return HealthCheck(name: "dates", problems: problems, whenSound: Message("doctor.dates.sound", [
            "columns": .integer(Int64(columns)), "first": .text(String(Day.years.lowerBound)), "last": .text(String(Day.years.upperBound)),
        ]))
    }
}
