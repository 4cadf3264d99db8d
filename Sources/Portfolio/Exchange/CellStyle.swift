/// How a workbook's cell is shown: each case is the cell's `s` index into the
/// stylesheet's list of formats, which `stylesheet(for:)` writes in this order.
///
///     CellStyle.wholeAmount.rawValue            // 3: `#,##0`, shown `1 250 000` under a Norwegian locale
///     CellStyle.stylesheet(for: .bokmal)        // "<?xml …?><styleSheet …>"
enum CellStyle: Int, CaseIterable {
    case plain = 0
    /// Bold: the header row.
    case header
    /// A date, written the reader's way.
    case date
    /// Kroner (or euros) without decimals. Format codes are stored with `,` for
    /// grouping and `.` for decimals; a spreadsheet shows each reader's own
    /// (a space and a comma in Norway).
    case wholeAmount
    /// Kroner and øre.
    case amountWithDecimals
    case percent
    /// Text, which stays text when someone edits it.
    case text

    /// The format's `numFmtId`: spreadsheets' built-in numbers, and 164 (the first
    /// of a file's own) for the date.
    private var numberFormat: Int {
        switch self {
        case .plain, .header: 0
        case .date: 164
        case .wholeAmount: 3
        case .amountWithDecimals: 4
        case .percent: 10
        case .text: 49
        }
    }

    /// The date as people in `language` write it: `15.03.2024` or `2024-03-15`.
    private static func dateFormat(_ language: Language) -> String {
        switch language {
        case .bokmal: #"dd\.mm\.yyyy"#
        case .english: #"yyyy\-mm\-dd"#
        }
    }

    /// The stylesheet part of a workbook: fonts, the date format, and one format per case.
    static func stylesheet(for language: Language) -> String {
        let formats = allCases.map { style in
            #"<xf numFmtId="\#(style.numberFormat)" fontId="\#(style == .header ? 1 : 0)" fillId="0" borderId="0" xfId="0""#
                + (style.numberFormat == 0 ? "" : #" applyNumberFormat="1""#) + (style == .header ? #" applyFont="1""# : "") + "/>"
        }
        return #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
            + #"<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
            + #"<numFmts count="1"><numFmt numFmtId="164" formatCode="\#(dateFormat(language).xmlEscaped)"/></numFmts>"#
            + #"<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="\#(formats.count)">"# + formats.joined() + "</cellXfs>"
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
            + "</styleSheet>"
    }
}
