import Portfolio

/// A list printed as its rows are read, in the same bytes as `FormatOption.print`
/// gives for the whole list. CSV and JSON go out a row at a time, in constant
/// memory; a table and Markdown keep only each row's text (their widths and
/// alignment depend on every row) and go out when the last row is in.
///
///     var stream = RowStream(.grantList, format: .csv, language: .english)
///     try repository.forEach(filter) { stream.append($0) }
///     stream.finish()
struct RowStream<Value> {
    private let layout: Layout<Value>
    private let format: OutputFormat
    // Kept apart rather than in one enum, so that a row is added in place, not to a copy of every row.
    private var table: TextTable?
    private var markdown: MarkdownTable?
    private var rowsWritten = 0
    /// What is written but not yet printed: rows go out many at a time, not a print per row.
    private var pending = ""

    init(_ layout: Layout<Value>, format: OutputFormat, language: Language) {
        self.layout = layout
        self.format = format
        let headers = layout.table([], forPerson: format == .table || format == .markdown)
        switch format {
        case .table: table = TextTable(headers: headers.headers, in: language)
        case .markdown: markdown = MarkdownTable(headers: headers.headers, in: language)
        case .csv: write(CSVFormat.write([headers.columns]))
        case .json: break
        }
    }

    mutating func append(_ value: Value) {
        switch format {
        case .table: table?.appendRow { layout.forEachCell(value, forPerson: true, $0) }
        case .markdown: markdown?.append(layout.cells(value, forPerson: true))
        case .csv: write(CSVFormat.write([layout.cells(value).map { $0.csvField(.standard) }]))
        case .json:
            // As `JSON.array(…).text` writes its elements: each indented, separated by ",\n".
            write((rowsWritten == 0 ? "[\n  " : ",\n  ") + layout.json(value).text(indent: "  "))
        }
        rowsWritten += 1
    }

    /// Writes what waited for the last row: the table, or the end of the JSON array.
    mutating func finish() {
        switch format {
        case .table: table?.write(Self.print)
        case .markdown: markdown?.write(Self.print)
        case .csv: break
        case .json: write(rowsWritten == 0 ? "[]\n" : "\n]\n")
        }
        Self.print(pending)
        pending.removeAll(keepingCapacity: true)
    }

    private mutating func write(_ text: String) {
        pending += text
        if pending.utf8.count >= 1 << 16 {
            Self.print(pending)
            pending.removeAll(keepingCapacity: true)
        }
    }

    private static func print(_ text: String) {
        Swift.print(text, terminator: "")
    }
}

extension FormatOption {
    /// Prints the values `read` hands over, as it reads them: the shape of `print(_:_:)`
    /// for a list too long to hold.
    ///
    ///     try output.printRows(.grantList) { row in try repository.forEach(filter, row) }
    func printRows<Value>(_ layout: Layout<Value>, _ read: (_ row: (Value) -> Void) throws -> Void) throws {
        var stream = RowStream(layout, format: format, language: language)
        try read { stream.append($0) }
        stream.finish()
    }
}
