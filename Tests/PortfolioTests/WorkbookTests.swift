import Foundation
import Testing
@testable import Portfolio

/// The parts of a workbook that a spreadsheet reads one way only: escaped XML,
/// column letters, date serials, sheet names, and the CSV's guard for codes.
@Suite struct WorkbookTests {
    @Test func xmlEscapesMarkupAndLeavesOutWhatXMLForbids() {
        #expect("Ærlig & <Ødegård> \"AS\"".xmlEscaped == "Ærlig &amp; &lt;Ødegård&gt; &quot;AS&quot;")
        #expect("a\u{0}b\u{1}c\u{B}d\u{1F}e\u{FFFE}f\u{FFFF}g".xmlEscaped == "abcdefg")
        #expect("tab\there\nline\r\nend".xmlEscaped == "tab\there\nline&#13;\nend")
        #expect("😀 \u{10FFFF}".xmlEscaped == "😀 \u{10FFFF}")
    }

    @Test func aLiteralEscapeOfASpreadsheetIsKeptAsTyped() {
        #expect("_x0041_".spreadsheetLiteral == "_x005F_x0041_")
        #expect("a_x00e6_b_x0041_".spreadsheetLiteral == "a_x005F_x00e6_b_x005F_x0041_")
        #expect("_x004_ _xZZZZ_ _x".spreadsheetLiteral == "_x004_ _xZZZZ_ _x")
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columnsAreLettered(index: Int, letters: String) {
        #expect(Worksheet.column(index) == letters)
    }

    @Test(arguments: [("1900-03-01", 61), ("2024-01-10", 45301), ("2024-02-29", 45351), ("2200-12-31", 109_939)])
    func daysAreSpreadsheetSerials(day: String, serial: Int) throws {
        #expect(try Day(parsing: day).spreadsheetSerial == serial)
    }

    @Test(arguments: [("grants", "grants"), ("a[b]c:d*e?f/g\\h", "abcdefgh"), ("'tabell'", "tabell"), ("", "Sheet1"),
                      (String(repeating: "x", count: 40), String(repeating: "x", count: 31))])
    func sheetNamesAreWhatASpreadsheetAllows(name: String, expected: String) {
        #expect(Workbook.sheetName(name) == expected)
    }

    /// Only text a spreadsheet would take for a number or a date gets the guard; a formula keeps its one `'`.
    @Test(arguments: [
        ("1.1", "'1.1"), ("923609016", "'923609016"), ("1,5", "'1,5"), ("12:30", "'12:30"), ("50%", "'50%"), ("1/2", "'1/2"),
        ("1e5", "'1e5"), ("(100)", "'(100)"), ("1 250", "'1 250"), ("1.1.1", "'1.1.1"),
        ("3.4a", "3.4a"), ("Forprosjekt 1.1", "Forprosjekt 1.1"), ("2.4;1.4", "2.4;1.4"), ("e", "e"), ("", ""),
        ("2024-03-15", "2024-03-15"), ("2024-02-30", "'2024-02-30"), ("-5", "'-5"), ("'1.1", "''1.1"), ("=1+1", "'=1+1"),
    ])
    func theExcelCSVKeepsNumberLikeTextAsText(text: String, written: String) {
        #expect(text.keptAsText == written)
        #expect(written.restoredFromFormulaGuard == text || !written.hasPrefix("'"))
    }

    @Test func everyExportedColumnHasAHeaderInBothLanguages() {
        let columns = Set(ImportKind.allCases.flatMap(\.columns) + ["applicant_name"])
        for language in Language.allCases {
            let words = Catalogue.entries(language)
            for column in columns {
                #expect(words[Message.Key(rawValue: "export.header." + column)] != nil, "\(language): \(column)")
            }
            for kind in ImportKind.allCases {
                #expect(words[Message.Key(rawValue: "export.sheet." + kind.rawValue)] != nil, "\(language): \(kind)")
            }
        }
    }

    @Test func rowsBeyondWhatASheetHoldsAreRefused() {
        let table = Table(columns: ["id"], rows: Array(repeating: [], count: Workbook.maximumRows))
        #expect(throws: PortfolioError.refused(
            "1 048 576 rows do not fit in a sheet, which holds 1 048 575 below its header; export them as CSV")) {
            try Workbook(sheet: "grants", table: table, language: .english).bytes()
        }
    }

    @Test func theWorkbookHoldsTheTableTyped() throws {
        let table = Table(columns: ["goal", "amount", "day", "share", "done"], headers: ["Mål", "Beløp", "Dag", "Andel", "Ferdig"].map(Message.init(untranslated:)), rows: [
            [.text("1.1"), .money(Money(ore: 125_000_050)), .day(try Day(parsing: "2024-03-15")), .share(Decimal(string: "0.25")!), .bool(true)],
            [.null, .money(Money(kroner: 7)), .text("2024-03-15"), .number(.nan), .integer(3)],
        ])
        let xml = Worksheet(table: table, language: .bokmal).xml
        #expect(xml.contains(#"<c r="A2" s="6" t="inlineStr"><is><t xml:space="preserve">1.1</t></is></c>"#))
        #expect(xml.contains(#"<c r="B2" s="4"><v>1250000.5</v></c>"#))
        #expect(xml.contains(#"<c r="C2" s="2"><v>45366</v></c>"#))
        #expect(xml.contains(#"<c r="D2" s="5"><v>0.25</v></c>"#))
        #expect(xml.contains(#"<c r="E2" t="b"><v>1</v></c>"#))
        #expect(xml.contains(#"<row r="3"><c r="B3" s="3"><v>7</v></c><c r="C3" s="2"><v>45366</v></c>"#))
        #expect(xml.contains(#"<c r="D3" s="6" t="inlineStr"><is><t xml:space="preserve">nan</t></is></c>"#))
        #expect(xml.contains(#"<dimension ref="A1:E3"/>"#))
    }
}
