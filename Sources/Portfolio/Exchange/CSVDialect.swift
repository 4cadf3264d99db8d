/// Which CSV a table is written as.
public enum CSVDialect: Sendable {
    /// Comma-separated UTF-8 with decimal points: for programs.
    case standard
    /// What Norwegian Excel opens directly: `;`, a UTF-8 byte-order mark, decimal commas.
    case excel

    var delimiter: Character { self == .excel ? ";" : "," }
}

extension Table {
    /// The table as CSV, a header row first. Text a spreadsheet would run as a
    /// formula (starting with `=`, `+`, `-` or `@`) gets a leading `'` and stays text.
    public func csv(_ dialect: CSVDialect) -> String {
        let body = CSVFormat.write([columns] + rows.map { $0.map { $0.csvField(dialect) } }, delimiter: dialect.delimiter)
        return dialect == .excel ? "\u{FEFF}" + body : body
    }
}

extension Cell {
    func csvField(_ dialect: CSVDialect) -> String {
        switch self {
        case .text(let text):
            return text.neutralisedAsFormula
        case .money, .number, .rounded:
            return dialect == .excel ? String(plain.map { $0 == "." ? "," : $0 }) : plain
        default:
            return plain
        }
    }
}

extension String {
    /// Characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// `'` before text a spreadsheet would run as a formula.
    var neutralisedAsFormula: String {
        guard let first, Self.formulaStarts.contains(first) else { return self }
        return "'" + self
    }

    /// The reverse, on import: `'=SUM(A1)` was written for `=SUM(A1)`.
    var restoredFromFormulaGuard: String {
        guard hasPrefix("'"), let second = dropFirst().first, Self.formulaStarts.contains(second) else { return self }
        return String(dropFirst())
    }
}
