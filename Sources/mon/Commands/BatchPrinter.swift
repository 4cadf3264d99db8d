import Foundation
import Portfolio

/// Prints a result that arrives in batches (`mon sql`) as each batch comes,
/// in any `--format`, so that only one batch is ever held: CSV and Markdown
/// read as one table, JSON as one array, and in table format each batch is
/// aligned on its own under the first one's header.
///
///     var printer = BatchPrinter(format: .csv)
///     try db.query(sql) { printer.print($0) }
///     printer.finish()
struct BatchPrinter {
    let format: OutputFormat
    private var printedRows = 0
    private var started = false

    init(format: OutputFormat) {
        self.format = format
    }

    mutating func print(_ batch: QueryResult) {
        let table = Table(batch)
        var text: String
        switch format {
        case .json:
            guard case .array(let objects) = table.json else { return }
            // Each object indented one level, as inside the array it belongs to.
            text = objects.enumerated().map { index, object in
                (printedRows + index == 0 ? "[\n  " : ",\n  ") + object.text.replacingOccurrences(of: "\n", with: "\n  ")
            }.joined()
        case .csv:
            text = table.csv(.standard)
            if started { text.removeFirst(Table(columns: table.columns).csv(.standard).count) }
        case .table, .markdown:
            text = Formatter.render(table, as: format, in: .current)
            if started { text = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).dropFirst(2).joined() }
        }
        Swift.print(text, terminator: "")
        fflush(nil) // every stream, so standard output: its rows go out now, not at exit
        printedRows += table.rows.count
        started = true
    }

    /// Closes what the format needs closed (JSON's array).
    func finish() {
        guard format == .json else { return }
        Swift.print(printedRows == 0 ? "[]" : "\n]")
    }
}
