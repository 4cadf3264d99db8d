import Portfolio
import SQLite

/// One cell of printed data, keeping its type so each format can show it right:
/// amounts as `1 250 000 kr` in a table and as kroner numbers in JSON.
enum Cell {
    case null
    case text(String)
    case integer(Int64)
    case number(Double)
    case money(Money)
    case day(Day)
    case bool(Bool)
    case bytes([UInt8])

    init(_ value: DatabaseValue) {
        switch value {
        case .null: self = .null
        case .integer(let value): self = .integer(value)
        case .real(let value): self = .number(value)
        case .text(let value): self = .text(value)
        case .blob(let value): self = .bytes(value)
        }
    }

    static func optional(_ text: String?) -> Cell { text.map(Cell.text) ?? .null }
    static func optional(_ money: Money?) -> Cell { money.map(Cell.money) ?? .null }
    static func optional(_ day: Day?) -> Cell { day.map(Cell.day) ?? .null }

    var isNumeric: Bool {
        switch self {
        case .integer, .number, .money: return true
        default: return false
        }
    }

    /// How a person reads it in a table or Markdown.
    var display: String {
        switch self {
        case .null: return ""
        case .text(let value): return value
        case .integer(let value): return String(value)
        case .number(let value): return Cell.formatNumber(value)
        case .money(let value): return value.description
        case .day(let value): return value.iso
        case .bool(let value): return value ? "yes" : "no"
        case .bytes(let value): return Cell.hex(value)
        }
    }

    /// The bare value a spreadsheet reads: no `kr`, no grouping, a decimal point.
    var plain: String {
        switch self {
        case .money(let value): return value.kronerJSON
        case .bool(let value): return value ? "true" : "false"
        default: return display
        }
    }

    var json: JSON {
        switch self {
        case .null: return .null
        case .text(let value): return .string(value)
        case .integer(let value): return .integer(value)
        case .number(let value): return .double(value)
        case .money(let value): return .number(value.kronerJSON)
        case .day(let value): return .string(value.iso)
        case .bool(let value): return .bool(value)
        case .bytes(let value): return .string(Cell.hex(value))
        }
    }

    static func formatNumber(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func hex(_ bytes: [UInt8]) -> String {
        "x'" + bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined() + "'"
    }
}

/// Rows of cells under named columns: what every data-printing command hands
/// to the one formatter. Column names are the JSON keys, in snake_case.
struct Table {
    var columns: [String]
    var rows: [[Cell]]

    init(columns: [String], rows: [[Cell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// Rows as JSON objects keyed by column name.
    var json: JSON {
        .array(rows.map { row in .object(Array(zip(columns, row.map(\.json)))) })
    }
}
