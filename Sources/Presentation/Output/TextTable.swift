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
    /// Every row's cells one after the other, as UTF-8 in one buffer, with where each ends and the number of
    /// characters it shows, so that writing need not count them again: a year's grants at national scale are a
    /// million cells, which as strings were a million allocations and most of the memory `grant list` used.
    private var text = GrowingBuffer<UInt8>()
    private var marks = GrowingBuffer<CellMark>()
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
        appendRow { add in row.forEach(add) }
    }

    /// One row, its cells handed over one by one by `cells`, in the order of the columns: a cell made
    /// only to be handed over is read where it is, where one taken from a row would be copied (its text
    /// retained, then released).
    ///
    ///     table.appendRow { layout.forEachCell(grant, forPerson: true, $0) }
    public mutating func appendRow(_ cells: (_ add: (Cell) -> Void) -> Void) {
        var column = 0
        cells { cell in
            precondition(column < widths.count, "more cells than the table's \(widths.count) columns")
            append(cell, to: column)
            column += 1
        }
        // A short row is shown with its last cells empty, not with the next row's cells moved up into it.
        while column < widths.count {
            append(.null, to: column)
            column += 1
        }
    }

    private mutating func append(_ cell: Cell, to column: Int) {
        // Numbers, amounts and days go into the text as they are written: digits, spaces, signs and
        // marks, printable ASCII of one character a byte.
        var written = 0
        if cell.withASCII(in: language, { text.append(contentsOf: $0); written = $0.count }) {
            add(count: written, width: written, numeric: cell.isNumeric, to: column)
            return
        }
        // One scan for most other cells: plain text is shown as it is, its characters counted by its bytes.
        let shown = cell.display(in: language), shownScan = shown.byteScan
        var cellText = shownScan.plain ? shown : shown.visibleInTerminal
        let scan = shownScan.plain ? shownScan : cellText.byteScan
        let breaks = scan.lineBreak
        let count = breaks ? -1 : scan.plain ? scan.characters : cellText.count
        cellText.withUTF8 { text.append(contentsOf: $0) }
        add(count: count, width: breaks ? cellText.split(separator: "\n").map(\.count).max() ?? 0 : count, numeric: cell.isNumeric,
            to: column)
    }

    /// Takes note of a cell just added to the text, of `count` characters (-1: on more lines than one)
    /// and `width` on its widest line.
    private mutating func add(count: Int, width: Int, numeric: Bool, to column: Int) {
        widths[column] = max(widths[column], min(Formatter.maximumColumnWidth, width))
        holdsNumber[column] = holdsNumber[column] || numeric
        onlyNumbersOrEmpty[column] = onlyNumbersOrEmpty[column] && (numeric || count == 0)
        marks.append(CellMark(end: text.count, count: count))
    }

    /// Columns padded to line up (counting characters, so æ, ø and å take one place),
    /// numbers right-aligned, long text wrapped within its column; whole lines to `out`,
    /// many at a time.
    public func write(_ out: (String) -> Void) {
        withoutActuallyEscaping(out) { out in
            var lines = Lines(widths: widths, numeric: holdsNumber.indices.map { holdsNumber[$0] && onlyNumbersOrEmpty[$0] }, out: out)
            // The cells are read in place: a slice or a string of each would be made and freed again.
            text.withUnsafeBufferPointer { text in
                marks.withUnsafeBufferPointer { marks in write(Cells(text: text, marks: marks), to: &lines) }
            }
            lines.flush()
        }
    }

    private func write(_ cells: Cells, to lines: inout Lines) {
        lines.append(headers)
        lines.append(widths.map { String(repeating: "-", count: $0) })
        let columns = headers.count
        for first in stride(from: 0, to: cells.marks.count, by: max(1, columns)) {
            // Most cells fit on one line; only the others are wrapped.
            guard (0..<columns).contains(where: { cells.marks[first + $0].count < 0 || cells.marks[first + $0].count > widths[$0] }) else {
                lines.append(cells, from: first)
                continue
            }
            let wrapped = (0..<columns).map { Formatter.wrap(String(decoding: cells[first + $0], as: UTF8.self), width: widths[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            for index in 0..<height {
                lines.append(wrapped.map { index < $0.count ? $0[index] : "" })
            }
        }
    }

    /// Where a cell's UTF-8 ends in the text, and how many characters it shows (-1: on more lines than one).
    private struct CellMark {
        let end: Int
        let count: Int
    }

    /// Cells' UTF-8 one after another in `text`, each ending where its mark says.
    private struct Cells {
        let text: UnsafeBufferPointer<UInt8>
        let marks: UnsafeBufferPointer<CellMark>

        subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(rebasing: text[(index == 0 ? 0 : marks[index - 1].end)..<marks[index].end])
        }
    }

    /// The table's lines as bytes, handed on as text when enough are in: padding is written as
    /// spaces into one buffer rather than made into strings cell by cell.
    private struct Lines {
        let widths: [Int]
        let numeric: [Bool]
        let out: (String) -> Void
        var bytes = GrowingBuffer<UInt8>()

        static let chunk = 1 << 16

        /// One line of text cells (headers, a wrapped row's lines).
        mutating func append(_ line: [String]) {
            var text = GrowingBuffer<UInt8>(), marks = GrowingBuffer<CellMark>()
            for var cell in line {
                cell.withUTF8 { text.append(contentsOf: $0) }
                marks.append(CellMark(end: text.count, count: cell.fastCount))
            }
            text.withUnsafeBufferPointer { text in
                marks.withUnsafeBufferPointer { marks in append(Cells(text: text, marks: marks), from: 0) }
            }
        }

        /// One line of the cells from `first`, one for each column: two spaces between columns, a cell padded to its
        /// column's width (before it when the column is numeric), no spaces at the end. Written straight into the
        /// buffer, made room for once.
        mutating func append(_ cells: Cells, from first: Int) {
            var most = 1
            for column in widths.indices {
                most += 2 + max(0, widths[column] - cells.marks[first + column].count) + cells[first + column].count
            }
            bytes.append(upTo: most) { out in
                var written = 0
                func pad(_ spaces: Int) {
                    guard spaces > 0 else { return }
                    (out + written).initialize(repeating: 0x20, count: spaces)
                    written += spaces
                }
                for column in widths.indices {
                    if column > 0 { pad(2) }
                    let cell = cells[first + column], padding = max(0, widths[column] - cells.marks[first + column].count)
                    if numeric[column] { pad(padding) }
                    if let start = cell.baseAddress, !cell.isEmpty {
                        (out + written).initialize(from: start, count: cell.count)
                        written += cell.count
                    }
                    if !numeric[column] { pad(padding) }
                }
                while written > 0, out[written - 1] == 0x20 { written -= 1 }
                out[written] = 0x0A
                return written + 1
            }
            if bytes.count >= Self.chunk { flush() }
        }

        mutating func flush() {
            guard bytes.count > 0 else { return }
            out(bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) })
            bytes.removeAll()
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
    /// The number of characters, counted without walking grapheme clusters when the text is plain.
    var fastCount: Int {
        let scan = byteScan
        return scan.plain ? scan.characters : count
    }
}
