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
    /// Every row's cells one after the other, as UTF-8 in one buffer (a cell ends where `ends` says), with the number
    /// of characters each shows (-1: it holds a line break), so that writing need not count them again: a year's
    /// grants at national scale are a million cells, which as strings were a million allocations and most of the
    /// memory `grant list` used.
    private var text: [UInt8] = []
    private var ends: [Int] = []
    private var counts: [Int] = []
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

    public mutating func append(_ row: [Cell]) {
        for (column, cell) in row.enumerated() {
            // One scan for most cells: printable ASCII is shown as it is.
            let shown = cell.display(in: language), shownScan = shown.byteScan
            let cellText = shownScan.printable ? shown : shown.visibleInTerminal
            let scan = shownScan.printable ? shownScan : cellText.byteScan
            let breaks = scan.lineBreak
            let count = breaks ? -1 : scan.oneCharacterEach ? cellText.utf8.count : cellText.count
            let width = breaks ? cellText.split(separator: "\n").map(\.count).max() ?? 0 : count
            widths[column] = max(widths[column], min(Formatter.maximumColumnWidth, width))
            holdsNumber[column] = holdsNumber[column] || cell.isNumeric
            onlyNumbersOrEmpty[column] = onlyNumbersOrEmpty[column] && (cell.isNumeric || cellText.isEmpty)
            text.append(contentsOf: cellText.utf8)
            ends.append(text.count)
            counts.append(count)
        }
    }

    /// Columns padded to line up (counting characters, so æ, ø and å take one place),
    /// numbers right-aligned, long text wrapped within its column; whole lines to `out`,
    /// many at a time.
    public func write(_ out: (String) -> Void) {
        withoutActuallyEscaping(out) { write(to: Lines(widths: widths, numeric: holdsNumber.indices.map { holdsNumber[$0] && onlyNumbersOrEmpty[$0] },
                                                      out: $0)) }
    }

    /// The UTF-8 of the cell at `index` of all the rows' cells.
    private func cell(_ index: Int) -> ArraySlice<UInt8> {
        text[(index == 0 ? 0 : ends[index - 1])..<ends[index]]
    }

    private func write(to lines: Lines) {
        var lines = lines
        lines.append(headers, counts: headers.map(\.fastCount)[...])
        lines.append(widths.map { String(repeating: "-", count: $0) }, counts: widths[...])
        let columns = headers.count
        for start in stride(from: 0, to: counts.count, by: max(1, columns)) {
            let count = counts[start..<start + columns]
            // Most cells fit on one line; only the others are wrapped.
            guard zip(count, widths).contains(where: { $0 < 0 || $0 > $1 }) else {
                lines.append(counts: count) { cell(start + $0) }
                continue
            }
            let row = (start..<start + columns).map { String(decoding: cell($0), as: UTF8.self) }
            let wrapped = zip(row, widths).map { Formatter.wrap($0, width: $1) }
            let height = wrapped.map(\.count).max() ?? 1
            for index in 0..<height {
                let line = wrapped.map { index < $0.count ? $0[index] : "" }
                lines.append(line, counts: line.map(\.fastCount)[...])
            }
        }
        lines.flush()
    }

    /// The table's lines as bytes, handed on as text when enough are in: padding is written as
    /// spaces into one buffer rather than made into strings cell by cell.
    private struct Lines {
        let widths: [Int]
        let numeric: [Bool]
        let out: (String) -> Void
        var bytes: [UInt8] = []

        init(widths: [Int], numeric: [Bool], out: @escaping (String) -> Void) {
            self.widths = widths
            self.numeric = numeric
            self.out = out
            bytes.reserveCapacity(Self.chunk + 4096)
        }

        static let chunk = 1 << 16

        /// One line of text cells (headers, a wrapped row's lines).
        mutating func append(_ cells: [String], counts: ArraySlice<Int>) {
            append(counts: counts) { ArraySlice(cells[$0].utf8) }
        }

        /// One line of cells, the column's `cell` shown in `counts` characters: two spaces between columns, a cell
        /// padded to its column's width (before it when the column is numeric), no spaces at the end.
        mutating func append(counts: ArraySlice<Int>, cell: (Int) -> ArraySlice<UInt8>) {
            let start = bytes.count
            for (column, count) in counts.enumerated() {
                if column > 0 { bytes.append(contentsOf: [0x20, 0x20]) }
                let padding = max(0, widths[column] - count)
                if numeric[column] { bytes.append(contentsOf: repeatElement(0x20, count: padding)) }
                bytes.append(contentsOf: cell(column))
                if !numeric[column] { bytes.append(contentsOf: repeatElement(0x20, count: padding)) }
            }
            while bytes.count > start, bytes.last == 0x20 { bytes.removeLast() }
            bytes.append(0x0A)
            if bytes.count >= Self.chunk { flush() }
        }

        mutating func flush() {
            guard !bytes.isEmpty else { return }
            out(String(decoding: bytes, as: UTF8.self))
            bytes.removeAll(keepingCapacity: true)
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
        byteScan.oneCharacterEach ? utf8.count : count
    }
}
