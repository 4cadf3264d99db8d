/// A table as one sheet of SpreadsheetML: the headers as a bold, frozen first
/// row, then a row per table row with typed cells — amounts as numbers in kroner,
/// days as dates, and all text (codes like `1.1`, organisation numbers) as
/// strings, which a spreadsheet never reads as a number or a date.
///
///     Worksheet(table: db.export("grants"), language: .bokmal).xml   // "<?xml …?><worksheet …><sheetData><row r=\"1\">…"
struct Worksheet {
    let table: Table
    /// The headers in the reader's language.
    private let headers: [String]
    /// The table's cells as the sheet holds them, worked out once for the widths and the rows.
    private let cells: [[SheetCell?]]

    init(table: Table, language: Language) {
        self.table = table
        self.headers = table.headers.map { $0.text(in: language) }
        self.cells = table.rows.map { $0.map(SheetCell.init) }
    }

    var xml: String {
        var xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"<dimension ref="A1:\#(Self.column(max(table.columns.count, 1) - 1))\#(table.rows.count + 1)"/>"#
            // The header row stays in view while the rows scroll beneath it.
            + #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft"/></sheetView></sheetViews>"#
            + columnWidths + "<sheetData>"
        xml += row(1, headers.map { SheetCell.text($0, .header) })
        for (index, cells) in cells.enumerated() {
            xml += row(index + 2, cells)
        }
        return xml + "</sheetData></worksheet>"
    }

    private func row(_ number: Int, _ cells: [SheetCell?]) -> String {
        var xml = #"<row r="\#(number)">"#
        for (index, cell) in cells.enumerated() {
            if let cell { xml += cell.xml(at: Self.column(index) + String(number)) }
        }
        return xml + "</row>"
    }

    /// Each column as wide as its longest header or value shows, within reason.
    private var columnWidths: String {
        guard !table.columns.isEmpty else { return "" }
        let widths = headers.indices.map { index in
            cells.reduce(headers[index].count + 2) { widest, row in
                max(widest, index < row.count ? row[index]?.shownLength ?? 0 : 0)
            }
        }
        return "<cols>" + widths.enumerated().map { index, width in
            #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(min(max(width + 1, 6), 60))" customWidth="1"/>"#
        }.joined() + "</cols>"
    }

    /// A column's letters: 0 is `A`, 25 `Z`, 26 `AA`.
    static func column(_ index: Int) -> String {
        var letters = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }
}

/// One cell as a spreadsheet holds it: a string, a number with its display
/// format, or true/false.
enum SheetCell: Equatable {
    case text(String, CellStyle)
    case number(String, CellStyle)
    case boolean(Bool)

    /// The sheet's cell for a table's cell; nil for an empty one. Text that is
    /// exactly a day (`2024-03-15`, as a table or view of the file holds its dates)
    /// becomes a date.
    init?(_ cell: Cell) {
        switch cell {
        case .null: return nil
        case .text(let text): self = text.isoDay.map { .number(String($0.spreadsheetSerial), .date) } ?? .text(text, .text)
        case .json(let text), .code(let text, _): self = .text(text, .text)
        case .bytes: self = .text(cell.plain, .text)
        case .integer(let value): self = .number(String(value), .plain)
        case .number(let value), .rounded(let value, _):
            self = value.isFinite ? .number(Cell.formatNumber(value), .plain) : .text(String(value), .text)
        case .money(let money): self = .number(money.kronerJSON, money.ore % 100 == 0 ? .wholeAmount : .amountWithDecimals)
        case .euro(let euro): self = .number(euro.json, euro.cents % 100 == 0 ? .wholeAmount : .amountWithDecimals)
        case .share(let share): self = .number("\(share)", .percent)
        case .day(let day): self = .number(String(day.spreadsheetSerial), .date)
        case .bool(let value): self = .boolean(value)
        }
    }

    /// The cell's XML at `reference` (`B7`): strings inline, so the sheet needs no shared-string table.
    func xml(at reference: String) -> String {
        switch self {
        case .text(let text, let style):
            // Without `preserve`, a reader may drop leading and trailing spaces and line breaks.
            return #"<c r="\#(reference)" s="\#(style.rawValue)" t="inlineStr"><is><t xml:space="preserve">"#
                + text.spreadsheetLiteral.xmlEscaped + "</t></is></c>"
        case .number(let value, let style):
            return #"<c r="\#(reference)" s="\#(style.rawValue)"><v>\#(value)</v></c>"#
        case .boolean(let value):
            return #"<c r="\#(reference)" t="b"><v>\#(value ? 1 : 0)</v></c>"#
        }
    }

    /// About how many characters the cell shows: its longest line, or a number with its grouping.
    var shownLength: Int {
        switch self {
        case .text(let text, _): return text.split(separator: "\n").map(\.count).max() ?? 0
        case .number(_, .date): return 10
        case .number(let value, _): return value.count + value.count / 3 + 1
        case .boolean: return 5
        }
    }
}

extension Day {
    /// The day as a spreadsheet counts it: days since 30 December 1899, so 1 March
    /// 1900 is 61. (Excel counts a 29 February 1900 that never was and so shows a day
    /// before March 1900 one day late; LibreOffice shows it right.) Counted by the
    /// civil-calendar formula rather than a `Calendar`, which is slow for a sheet of
    /// many thousands of dates.
    var spreadsheetSerial: Int {
        // Years begin on 1 March, so that a leap day is the last day of its year.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        // 719 468 days from 1 March of year 0 to 1 January 1970, which is serial 25 569.
        return era * 146_097 + dayOfEra - 719_468 + 25_569
    }
}
