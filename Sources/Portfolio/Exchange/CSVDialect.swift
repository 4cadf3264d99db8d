/// Which CSV a table is written as.
public enum CSVDialect: Sendable {
    /// Comma-separated UTF-8 with decimal points: for programs.
    case standard
    /// What Norwegian Excel opens directly: `;`, a UTF-8 byte-order mark, decimal
    /// commas, and a `'` before text a spreadsheet would read as a number or a date.
    case excel

    var delimiter: Character { self == .excel ? ";" : "," }
}

extension Table {
    /// The table as CSV, a header row first. Text a spreadsheet would run as a
    /// formula (its first visible character `=`, `+`, `-` or `@`) or that starts
    /// with `'` gets a leading `'` and stays text; for Excel, so does text it would
    /// read as a number or a date.
    public func csv(_ dialect: CSVDialect) -> String {
        let body = CSVFormat.write([columns] + rows.map { $0.map { $0.csvField(dialect) } }, delimiter: dialect.delimiter)
        return dialect == .excel ? "\u{FEFF}" + body : body
    }
}

extension Cell {
    /// The cell as one CSV field, before quoting: `CSVFormat.write` quotes it.
    ///
    ///     Cell.text("=1").csvField(.standard)   // "'=1"
    public func csvField(_ dialect: CSVDialect) -> String {
        switch self {
        case .text(let text), .code(let text, _):
            return dialect == .excel ? text.keptAsText : text.neutralisedAsFormula
        case .money, .number, .rounded, .euro, .share:
            return dialect == .excel ? String(plain.map { $0 == "." ? "," : $0 }) : plain
        default:
            return plain
        }
    }
}

extension String {
    /// Characters that make a spreadsheet read a cell as a formula when they are its first visible one.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@"]

    /// `'` before text a spreadsheet would run as a formula, and before text that
    /// itself starts with `'` — so that import can always take exactly one `'` off
    /// and `'hei` comes back as `'hei`. This is a spreadsheet's own convention:
    /// a leading `'` marks a cell as text and is not part of it.
    ///
    ///     "=SUM(A1)".neutralisedAsFormula   // "'=SUM(A1)"
    ///     " \u{200B}=1".neutralisedAsFormula  // "' \u{200B}=1"
    ///     "'hei".neutralisedAsFormula       // "''hei"
    var neutralisedAsFormula: String {
        guard let first else { return self }
        // A spreadsheet skips blanks and invisible characters before a formula, and runs
        // a tab or carriage return as one; so the guard looks past them.
        let startsFormula = first == "\t" || first == "\r" || first == "\r\n"
            || firstVisible.map(Self.formulaStarts.contains) == true
        return startsFormula || first == "'" ? "'" + self : self
    }

    /// For a spreadsheet opening a CSV: `neutralisedAsFormula`, and a `'` before text
    /// it would read as a number, a date, a time or a percentage, so that the text stays
    /// as written. LibreOffice under a Norwegian locale reads goal `1.1` as 1 January
    /// and `1,5` as a number, and spreadsheets read an organisation number as a number.
    /// Text that begins with `'` is no number or date to any of them (a formula, `="1.1"`,
    /// would be one); LibreOffice keeps `'1.1` as the text `'1.1`, and import takes the
    /// `'` off again. A day written `2024-03-15` is left to be read as the date it is.
    ///
    ///     "1.1".keptAsText           // "'1.1"
    ///     "923609016".keptAsText     // "'923609016"
    ///     "3.4a".keptAsText          // "3.4a"
    var keptAsText: String {
        let guarded = neutralisedAsFormula
        guard guarded == self, readAsNumber, isoDay == nil else { return guarded }
        return "'" + self
    }

    /// True for what spreadsheets may take for a number, a date, a time or a
    /// percentage: at least one digit, and besides digits only `. , : / % ( ) + - e E`
    /// and spaces.
    private var readAsNumber: Bool {
        let punctuation = Set(".,:/%()+-eE \u{A0}\u{202F}")
        return contains { $0.isASCII && $0.isNumber } && allSatisfy { ($0.isASCII && $0.isNumber) || punctuation.contains($0) }
    }

    /// The day when the text is exactly one written `YYYY-MM-DD`, as the file holds its dates.
    var isoDay: Day? {
        guard utf8.count == 10, let day = try? Day(parsing: self), day.iso == self else { return nil }
        return day
    }

    /// The reverse, on import: one leading `'` is the guard and goes; the rest is the text.
    var restoredFromFormulaGuard: String {
        hasPrefix("'") ? String(dropFirst()) : self
    }

    /// The first character that shows: past spaces, tabs, line breaks, zero-width
    /// characters and byte-order marks.
    var firstVisible: Character? {
        first { character in
            !character.unicodeScalars.allSatisfy { scalar in
                scalar.properties.isWhitespace || scalar.properties.generalCategory == .format
                    || scalar.properties.generalCategory == .control
            }
        }
    }
}
