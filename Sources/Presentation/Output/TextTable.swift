import Portfolio

/// A table for a person, taken a row at a time: each row is kept only as the
/// text of its cells, and the column widths and alignments grow as rows come.
/// It is written once every row is in, because the first line's padding
/// depends on the widest cell below it.
///
///     var table = TextTable(headers: [Message("header.id")], in: .english)
///     table.append([.integer(7)])
///     table.write { print($0, terminator: "") }   // "id\n--\n 7\n"
public struct TextTable {
    private let headers: [String]
    private let language: Language
    private var rows: [[String]] = []
    private var widths: [Int]
    /// A column is right-aligned when it holds a number and nothing else but empty cells.
    private var holdsNumber: [Bool]
    private var onlyNumbersOrEmpty: [Bool]

    public init(headers: [Message], in language: Language) {
        self.headers = headers.map { $0.text(in: language).visibleInTerminal }
        self.language = language
        widths = self.headers.map(\.fastCount)
        holdsNumber = Array(repeating: false, count: headers.count)
        onlyNumbersOrEmpty = Array(repeating: true, count: headers.count)
    }

    public mutating func append(_ cells: [Cell]) {
        var row: [String] = []
        row.reserveCapacity(cells.count)
        for (column, cell) in cells.enumerated() {
            let text = cell.display(in: language).visibleInTerminal
            let width = text.utf8.contains(10) ? text.split(separator: "\n").map(\.count).max() ?? 0 : text.fastCount
            widths[column] = max(widths[column], min(Formatter.maximumColumnWidth, width))
            holdsNumber[column] = holdsNumber[column] || cell.isNumeric
            onlyNumbersOrEmpty[column] = onlyNumbersOrEmpty[column] && (cell.isNumeric || text.isEmpty)
            row.append(text)
        }
        rows.append(row)
    }

    /// Columns padded to line up (counting characters, so æ, ø and å take one place),
    /// numbers right-aligned, long text wrapped within its column; a line at a time to `out`.
    public func write(_ out: (String) -> Void) {
        let numeric = holdsNumber.indices.map { holdsNumber[$0] && onlyNumbersOrEmpty[$0] }
        func line(_ cells: [String]) -> String {
            var text = ""
            for column in cells.indices {
                if column > 0 { text += "  " }
                text += Formatter.pad(cells[column], to: widths[column], right: numeric[column])
            }
            return text.trailingSpacesRemoved + "\n"
        }
        out(line(headers))
        out(line(widths.map { String(repeating: "-", count: $0) }))
        for row in rows {
            // Most cells fit on one line; only the others are wrapped.
            guard row.indices.contains(where: { row[$0].fastCount > widths[$0] || row[$0].utf8.contains(10) }) else {
                out(line(row))
                continue
            }
            let wrapped = row.indices.map { Formatter.wrap(row[$0], width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for index in 0..<height {
                out(line(wrapped.map { index < $0.count ? $0[index] : "" }))
            }
        }
    }
}

/// A Markdown table taken a row at a time: a column is aligned right when any
/// of its cells is a number, so it is written once every row is in.
///
///     var table = MarkdownTable(headers: [Message("header.id")], in: .english)
///     table.append([.integer(7)])
///     table.write { print($0, terminator: "") }   // "| id |\n| ---: |\n| 7 |\n"
public struct MarkdownTable {
    private let headers: [String]
    private let language: Language
    private var rows: [String] = []
    private var holdsNumber: [Bool]

    public init(headers: [Message], in language: Language) {
        self.headers = headers.map { Formatter.escapeMarkdown($0.text(in: language)) }
        self.language = language
        holdsNumber = Array(repeating: false, count: headers.count)
    }

    public mutating func append(_ cells: [Cell]) {
        for (column, cell) in cells.enumerated() where cell.isNumeric { holdsNumber[column] = true }
        rows.append("| " + cells.map { Formatter.escapeMarkdown($0.display(in: language)) }.joined(separator: " | ") + " |\n")
    }

    public func write(_ out: (String) -> Void) {
        out("| " + headers.joined(separator: " | ") + " |\n")
        out("|" + holdsNumber.map { $0 ? " ---: |" : " --- |" }.joined() + "\n")
        rows.forEach(out)
    }
}

extension String {
    /// The number of characters, counted without walking grapheme clusters when the text is ASCII,
    /// where each byte is one character (but a CR LF pair, which is one).
    var fastCount: Int {
        utf8.allSatisfy({ $0 < 0x80 && $0 != 13 }) ? utf8.count : count
    }
}
