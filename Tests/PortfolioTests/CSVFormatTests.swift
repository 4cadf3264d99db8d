import Testing
@testable import Portfolio

@Suite struct CSVFormatTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let records = try CSVFormat.read("id,name\r\n1,\"Ærlig & \"\"Ødegård\"\", AS\"\r\n2,\"to\nlinjer\"\n3,\n")
        #expect(records.map(\.fields) == [["id", "name"], ["1", "Ærlig & \"Ødegård\", AS"], ["2", "to\nlinjer"], ["3", ""]])
        #expect(records.map(\.line) == [1, 2, 3, 5])
    }

    @Test func readsSemicolonsAndSkipsBlankLines() throws {
        let records = try CSVFormat.read("a;b\n\n1;2", delimiter: UInt8(ascii: ";"))
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"]])
        #expect(records.map(\.line) == [1, 3])
    }

    @Test func refusesBrokenQuotingNamingTheLine() {
        #expect(throws: PortfolioError.invalidInput("a quoted field is never closed").located(line: 3)) { try CSVFormat.read("a,b\n1,2\n3,\"open\n4,5\n") }
        #expect(throws: PortfolioError.self) { try CSVFormat.read("a,b\n1,x\"y\n") }
        #expect(throws: PortfolioError.invalidInput("text after the closing quote of a field").located(line: 2)) { try CSVFormat.read("a,b\n1,\"x\"y\n") }
    }

    @Test func writingThenReadingGivesTheSameFields() throws {
        let rows = [["id", "name"], ["1", "=HYPERLINK(\"http://x\")"], ["2", "a,b;c\r\nd"], ["3", ""]]
        #expect(try CSVFormat.read(CSVFormat.write(rows)).map(\.fields) == rows)
        #expect(try CSVFormat.read(CSVFormat.write(rows, delimiter: ";"), delimiter: UInt8(ascii: ";")).map(\.fields) == rows)
    }

    @Test func formulasAreNeutralisedAndRestored() {
        for text in ["=SUM(A1)", "+47", "-5", "@x"] {
            #expect(text.neutralisedAsFormula == "'" + text)
            #expect(text.neutralisedAsFormula.restoredFromFormulaGuard == text)
        }
        #expect("Vefsn".neutralisedAsFormula == "Vefsn")
        #expect("Nord-Norge".neutralisedAsFormula == "Nord-Norge")
    }

    /// A spreadsheet skips blanks and invisible characters before a formula, so the guard does too.
    @Test(arguments: ["  =SUM(A1)", "\t=1+1", "\u{200B}=HYPERLINK(\"x\")", "\u{FEFF}+47", "\u{00A0}\u{2060}-5", "\r@x", "\tVefsn"])
    func aFormulaBehindInvisibleCharactersIsCaught(text: String) {
        #expect(text.neutralisedAsFormula == "'" + text)
        #expect(text.neutralisedAsFormula.restoredFromFormulaGuard == text)
    }

    /// Text that really starts with `'` gets a second one, so that taking one off on import is always right.
    @Test(arguments: ["'=SUM(A1)", "'hei", "''", "'"])
    func textStartingWithAQuoteRoundTrips(text: String) {
        #expect(text.neutralisedAsFormula == "'" + text)
        #expect(text.neutralisedAsFormula.restoredFromFormulaGuard == text)
    }

    @Test func moneyInCSVTakesEitherDecimalMark() throws {
        #expect(try Money(csvField: "1250000.5").ore == 125_000_050)
        #expect(try Money(csvField: "1250000,50").ore == 125_000_050)
        #expect(try Money(csvField: "1 250 000").ore == 125_000_000)
        #expect(try Money(csvField: "1.250.000").ore == 125_000_000)
        #expect(throws: PortfolioError.self) { try Money(csvField: "1.250") }
        #expect(throws: PortfolioError.self) { try Money(csvField: "-1.5") }
    }
}
