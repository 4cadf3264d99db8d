import Foundation
import Testing
@testable import Portfolio

/// A layout makes the table, CSV and JSON of a result from one description.
@Suite struct LayoutTests {
    struct Item: Sendable {
        let name: String
        let year: Int?
        let amount: Money
        let tags: [String]
    }

    static let layout = Layout<Item>([
        Column("name", header: "recipient") { .text($0.name) },
        Column("year", omittedWhenNull: true) { $0.year.map(Cell.count) ?? .null },
        Column("tags", header: "text") { .text($0.tags.joined(separator: " ")) },
        Column("amount") { .money($0.amount) },
    ], parts: [
        Part("first_tag", after: "name", json: { $0.tags.first.map(JSON.string) ?? .null }),
        Part("tags", json: { .array($0.tags.map(JSON.string)) }, sections: { [(Message(untranslated: "Tags"), Table(columns: ["tag"], rows: $0.tags.map { [.text($0)] }))] }),
    ])

    static let items = [Item(name: "ByLab", year: 2024, amount: Money(ore: 1_250_000_050), tags: ["a", "b"]),
                        Item(name: "=HYPERLINK()", year: nil, amount: .zero, tags: [])]

    @Test func theTableHasTheKeysAsColumnsAndTheHeadersForPeople() {
        let table = Self.layout.table(Self.items)
        #expect(table.columns == ["name", "year", "tags", "amount"])
        #expect(table.headers.map { $0.text(in: .english) } == ["recipient", "year", "text", "amount"])
        #expect(table.headers.map { $0.text(in: .bokmal) } == ["mottaker", "år", "tekst", "beløp"])
        #expect(table.csv(.standard) == "name,year,tags,amount\r\nByLab,2024,a b,12500000.5\r\n'=HYPERLINK(),,,0\r\n")
    }

    @Test func jsonPutsPartsInPlaceLeavesOutEmptyOptionalKeysAndLetsAPartStandForItsColumn() {
        #expect(Self.layout.json(Self.items).text == """
            [
              {
                "name": "ByLab",
                "first_tag": "a",
                "year": 2024,
                "amount": 12500000.5,
                "tags": [
                  "a",
                  "b"
                ]
              },
              {
                "name": "=HYPERLINK()",
                "first_tag": null,
                "amount": 0,
                "tags": []
              }
            ]
            """)
        #expect(Self.layout.sections(Self.items[0]).map { $0.title.text(in: .english) } == ["Tags"])
    }

    @Test func aListKeyedByAColumnIsAnObject() {
        let breakdown = Layout<Item>([Column("name") { .text($0.name) }, Column("amount") { .money($0.amount) }])
        #expect(breakdown.json(Self.items, keyedBy: "name") == .object([
            ("ByLab", .object([("amount", .number("12500000.5"))])), ("=HYPERLINK()", .object([("amount", .number("0"))])),
        ]))
    }

    @Test func aNorwegianReaderGetsDaysWithDotsAndDecimalCommasWhileProgramsGetTheSameValues() throws {
        let day = try Day(parsing: "2024-03-15")
        let cells: [Cell] = [.day(day), .rounded(41.309, places: 2), .number(11.49), .share(Decimal(string: "0.1666")!),
                             .euro(Euro(cents: 3_433_476)), .bool(true), .choice(GrantStatus.lapsed), .word("overdue")]
        #expect(cells.map { $0.display(in: .bokmal) }
            == ["15.03.2024", "41,31", "11,49", "16,7 %", "EUR 34 334,76", "ja", "bortfalt", "forfalt"])
        #expect(cells.map { $0.display(in: .english) }
            == ["2024-03-15", "41.31", "11.49", "16.7 %", "EUR 34 334,76", "yes", "lapsed", "overdue"])
        #expect(cells.map(\.plain) == ["2024-03-15", "41.309", "11.49", "0.1666", "34334.76", "true", "lapsed", "overdue"])
        // Text typed as a decimal number keeps its digits; other text stays as it is.
        let texts = ["0.75", "0.50", "-1.5", "0.12345678901234567890", "200000", "fiscal-years", "1.2.3", "1.5e5", ".5", "1.", "--1.5"]
        let typed = texts.map(Cell.typed)
        #expect(typed.map { $0.display(in: .bokmal) }
            == ["0,75", "0,50", "-1,5", "0,12345678901234567890", "200000", "fiscal-years", "1.2.3", "1.5e5", ".5", "1.", "--1.5"])
        #expect(typed.map { $0.display(in: .english) } == texts)
        #expect(typed.map(\.json) == texts.map(JSON.string))
    }

    @Test func euroAndSharesAreNumbersForProgramsAndWordsForPeople() {
        #expect(Cell.euro(Euro(euros: 300_000)).display(in: .english) == "EUR 300 000")
        #expect(Cell.euro(Euro(euros: 300_000)).csvField(.standard) == "300000")
        #expect(Cell.euro(Euro(cents: 14_999_991)).csvField(.excel) == "149999,91")
        #expect(Cell.share(Decimal(string: "0.25")!).display(in: .english) == "25.0 %")
        #expect(Cell.share(Decimal(string: "0.1666")!).display(in: .bokmal) == "16,7 %")
        #expect(Cell.share(Decimal(string: "0.25")!).json == .number("0.25"))
        #expect(Cell.code("approved", label: Message("label.partly_paid")).display(in: .english) == "partly paid")
        #expect(Cell.code("approved", label: Message("label.partly_paid")).display(in: .bokmal) == "delvis utbetalt")
        #expect(Cell.code("approved", label: Message("label.partly_paid")).json == .string("approved"))
    }
}

/// What a table writes straight into its text is what `display(in:)` shows, in either language.
@Suite struct CellASCIITests {
    static let cells: [Cell] = [.null]
        + [0, 7, -7, 1_000, Int64.max, Int64.min].map(Cell.integer)
        + [0, 1, -1, 99, 100, 150_000_050, -123_456_789, Int64.max, Int64.min].map { .money(Money(ore: $0)) }
        + [(1900, 1, 1), (2024, 3, 15), (2024, 2, 29), (9999, 12, 31)].map { .day(Day(year: $0.0, month: $0.1, day: $0.2)!) }

    @Test(arguments: [Language.english, .bokmal])
    func numbersAmountsAndDaysAreWrittenAsDisplayed(language: Language) {
        for cell in Self.cells {
            var written: [UInt8] = []
            #expect(cell.withASCII(in: language) { written = Array($0) })
            #expect(String(decoding: written, as: UTF8.self) == cell.display(in: language), "\(cell)")
        }
        #expect(!Cell.text("7").withASCII(in: language) { _ in Issue.record("text is not written as ASCII") })
    }

    @Test func aValuesCellsOneByOneAreItsRow() {
        for item in LayoutTests.items {
            var cells: [Cell] = []
            LayoutTests.layout.forEachCell(item, forPerson: true) { cells.append($0) }
            #expect(cells == LayoutTests.layout.cells(item, forPerson: true))
        }
    }
}

/// A number for programs is written to 15 significant digits, so arithmetic's noise is not shown as a figure.
@Suite struct FormatNumberTests {
    @Test func fifteenSignificantDigitsAtMost() {
        #expect(Cell.formatNumber(1.5 * 5.2) == "7.8")         // 7.800000000000001
        #expect(Cell.formatNumber(0.1 + 0.2) == "0.3")         // 0.30000000000000004
        #expect(Cell.formatNumber(1.0 / 3) == "0.333333333333333")
        #expect(Cell.formatNumber(123_456_789.123_456_789) == "123456789.123457")
        #expect(Cell.formatNumber(2.5) == "2.5")
        #expect(Cell.formatNumber(-3.75) == "-3.75")
        #expect(Cell.formatNumber(0.000_123) == "0.000123")
        #expect(Cell.formatNumber(12) == "12")
        #expect(Cell.formatNumber(1e20) == "1e+20")
        #expect(Cell.formatNumber(1.000_000_000_000_000_2e20) == "1e+20")
        #expect(Cell.formatNumber(.infinity) == "inf")
    }
}
