import Foundation
import SQLite

/// One cell of tabular data, keeping its type so each output can show it right:
/// amounts as `1 250 000 kr` for a person and as kroner numbers for a program.
public enum Cell: Equatable, Sendable {
    case null
    case text(String)
    case integer(Int64)
    case number(Double)
    case money(Money)
    case day(Day)
    case bool(Bool)
    case bytes([UInt8])
    /// A JSON object or array, as text (history's old and new values).
    case json(String)
    /// A number a person reads with this many decimals; programs get it whole.
    case rounded(Double, places: Int)
    /// Euro: `EUR 300 000` for a person, `300000` for a program.
    case euro(Euro)
    /// A share: `25.0 %` for a person, `0.25` for a program.
    case share(Decimal)
    /// A code programs rely on, shown to a person in words of their language: a
    /// grant's status `approved` reads `partly paid`, or `delvis utbetalt`, once payments have begun.
    case code(String, label: Message)

    public init(_ value: DatabaseValue) {
        switch value {
        case .null: self = .null
        case .integer(let value): self = .integer(value)
        case .real(let value): self = .number(value)
        case .text(let value): self = .text(value)
        case .blob(let value): self = .bytes(value)
        }
    }

    public static func optional(_ text: String?) -> Cell { text.map(Cell.text) ?? .null }
    public static func optional(_ money: Money?) -> Cell { money.map(Cell.money) ?? .null }
    public static func optional(_ day: Day?) -> Cell { day.map(Cell.day) ?? .null }
    public static func count(_ value: Int) -> Cell { .integer(Int64(value)) }

    /// A status, kind, role, sector or basis: its key for programs, its word for a person.
    ///
    ///     Cell.choice(ProjectStatus.active).display(in: .bokmal)   // "aktiv"
    public static func choice<Value: Choice>(_ value: Value) -> Cell { .code(value.rawValue, label: value.words) }

    /// Text as it was typed (a parameter's value), which a person reads with the
    /// decimal mark of their language when it is a plain decimal number: `0,75`.
    /// Programs get the text unchanged.
    ///
    ///     Cell.typed("0.75").display(in: .bokmal)   // "0,75"
    public static func typed(_ text: String) -> Cell {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let isDigits = { (part: Substring) in !part.isEmpty && part.allSatisfy { ("0"..."9").contains($0) } }
        guard parts.count == 2, isDigits(parts[0].hasPrefix("-") ? parts[0].dropFirst() : parts[0]), isDigits(parts[1]) else {
            return .text(text)
        }
        // The digits themselves, not a Double: the text's every digit stays.
        return .code(text, label: Message("label.decimal_number", ["whole": .text(String(parts[0])), "fraction": .text(String(parts[1]))]))
    }

    /// A code of mon's own (a payment's kind, a deadline's state): the code for
    /// programs, the catalogue's `label.<code>` (spaces as underscores) for a person.
    ///
    ///     Cell.word("focus area").display(in: .bokmal)   // "satsingsområde"
    public static func word(_ code: String) -> Cell {
        .code(code, label: Message(Message.Key(rawValue: "label." + code.replacingOccurrences(of: " ", with: "_"))))
    }

    public var isNumeric: Bool {
        switch self {
        case .integer, .number, .money, .rounded, .euro, .share: return true
        default: return false
        }
    }

    /// How a person reading `language` reads it: dates as `15.03.2024` and a
    /// decimal comma in Norwegian, so that `16,7 %` stands beside `34 334,76 kr`.
    ///
    ///     Cell.rounded(41.309, places: 2).display(in: .bokmal)   // "41,31"
    public func display(in language: Language) -> String {
        switch self {
        case .null: return ""
        case .text(let value), .json(let value): return value
        case .integer(let value): return String(value)
        case .number(let value): return language.withDecimalMark(Cell.formatNumber(value))
        case .rounded(let value, let places): return value.isFinite ? language.decimal(value, places: places) : String(value)
        case .money(let value): return value.description
        case .euro(let value): return value.description
        case .share(let value): return language.withDecimalMark(value.percent)
        case .code(_, let label): return label.text(in: language)
        case .day(let value): return language.date(value)
        case .bool(let value): return Message(value ? "cell.yes" : "cell.no").text(in: language)
        case .bytes(let value): return Cell.hex(value)
        }
    }

    /// The cell as `display(in:)` shows it, handed to `body` as bytes on the stack when that is ASCII
    /// written digit by digit — a whole number, an amount, a day, nothing — with no string made of it: a
    /// year's grants at national scale are half a million amounts and dates to go into a table's text.
    /// False, and `body` not called, for any other cell, which only `display(in:)` shows. A test holds
    /// the two to the same bytes.
    ///
    ///     Cell.money(Money(kroner: 1500)).withASCII(in: .bokmal) { bytes in … }   // "1 500 kr"
    public func withASCII(in language: Language, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        switch self {
        case .null: body(UnsafeBufferPointer(start: nil, count: 0))
        case .integer(let value): ASCIIWriter.writing(24, { $0.prepend(integer: value) }, body)
        case .money(let value): ASCIIWriter.writing(Hundredths.capacity, value.write, body)
        case .day(let value): ASCIIWriter.writing(Day.capacity, { language.write(value, to: &$0) }, body)
        default: return false
        }
        return true
    }

    /// A number written with a point, with the decimal mark of `language`.
    /// The bare value a program reads: no `kr`, no grouping, a decimal point.
    public var plain: String {
        switch self {
        case .money(let value): return value.kronerJSON
        case .euro(let value): return value.json
        case .share(let value): return "\(value)"
        case .code(let code, _): return code
        case .rounded(let value, _): return Cell.formatNumber(value)
        case .bool(let value): return value ? "true" : "false"
        case .day(let value): return value.iso
        case .bytes(let value): return Cell.hex(value)
        case .null: return ""
        case .text(let value), .json(let value): return value
        case .integer(let value): return String(value)
        case .number(let value): return Cell.formatNumber(value)
        }
    }

    /// A number for programs: a whole number without a decimal point, else to 15 significant digits,
    /// so that arithmetic's noise (`7.800000000000001` for 1.5 × 5.2) is not written as if it were a figure.
    public static func formatNumber(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        // The shortest digits that read back as the value, when there are at most 15 of them, are what 15
        // significant digits round to: most numbers (the bounds a command's help names at every start) need no
        // formatting. Else C's own %.15g, not Foundation's String(format:) and its machinery.
        let shortest = String(value)
        if shortest.prefix(while: { $0 != "e" }).drop(while: { !("1"..."9").contains($0) }).filter(\.isWholeNumber).count <= 15 {
            return shortest
        }
        let rounded = withUnsafeTemporaryAllocation(of: CChar.self, capacity: 32) { buffer in
            _ = withVaList([value]) { vsnprintf(buffer.baseAddress!, buffer.count, "%.15g", $0) }
            return Double(String(cString: buffer.baseAddress!))
        }
        return String(rounded ?? value)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        "x'" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "'"
    }
}

/// Rows of cells under named columns: what every listing, export and report
/// hands to the one formatter. Column names are snake_case (they are JSON keys
/// and the CSV header); headers are what a person reads atop a table, written
/// out in the reader's language when the table is shown.
public struct Table: Equatable, Sendable {
    public var columns: [String]
    public var headers: [Message]
    public var rows: [[Cell]]

    /// Headers are the column names themselves unless given (`mon sql`, a report already in its language).
    public init(columns: [String], headers: [Message]? = nil, rows: [[Cell]] = []) {
        self.columns = columns
        self.headers = headers ?? columns.map { Message(untranslated: $0) }
        self.rows = rows
    }

    public init(_ result: QueryResult) {
        self.init(columns: result.columns, rows: result.rows.map { $0.map(Cell.init) })
    }
}

extension Table {
    /// Rows as JSON objects keyed by column: for a table with no layout of its own (`mon sql`).
    public var json: JSON {
        .array(rows.map { row in .object(Array(zip(columns, row.map(\.json)))) })
    }
}
