import Testing
import Portfolio
import SQLite

@Suite struct MoneyTests {
    @Test(arguments: [
        ("1250000", Int64(125_000_000)),
        ("1 250 000", 125_000_000),
        ("1250000,50", 125_000_050),
        ("1250000,5", 125_000_050),
        ("1 250 000 kr", 125_000_000),
        ("1 250 000,05 kr", 125_000_005),
        ("1\u{00A0}250\u{00A0}000", 125_000_000),
        ("1.250.000", 125_000_000),
        ("1.250.000,50", 125_000_050),
        ("1 250 000,-", 125_000_000),
        ("kr 1 250 000", 125_000_000),
        ("kr 1 250 000,-", 125_000_000),
        ("NOK 1 250 000", 125_000_000),
        ("1 250 000 NOK", 125_000_000),
        ("nok 1250000", 125_000_000),
        ("1.250,50", 125_050),
        ("1250,-", 125_000),
        ("0", 0),
        ("999", 99_900),
    ])
    func acceptsNorwegianAmounts(input: String, ore: Int64) throws {
        #expect(try Money(parsing: input).ore == ore)
    }

    @Test(arguments: ["", "kr", "12,3,4", "1e6", "-5", "1.5", "1 25 000", "12 3456", " 1000", "1000 ", "1,234", "1,", "abc", "١٢٣",
                      "9999999999999999", "1.250.00", "1 250.000", "1.25.000", ",-", "kr", "NOK", "1,-5", "12.34.567", "+5", "1 000 000,000"])
    func refusesAnythingElse(input: String) {
        let error = #expect(throws: PortfolioError.self) { try Money(parsing: input) }
        #expect(error?.message.hasPrefix("'\(input)' is not an amount") == true)
    }

    /// A point and three digits is a thousands separator to a Norwegian and a decimal
    /// point to a program: refused, with both readings.
    @Test(arguments: [("1.250", "1 250", "1,25"), ("12.500", "12 500", "12,5"), ("1.000", "1 000", "1"), ("kr 999.999", "999 999", "999,999")])
    func refusesAnAmbiguousPoint(input: String, thousands: String, decimal: String) {
        #expect(throws: PortfolioError.invalidInput("'\(input)' is not a clear amount: it may be \(thousands) kr or \(decimal) kr; write \(thousands) or \(decimal)")) {
            try Money(parsing: input)
        }
    }

    @Test func printsNorwegianStyle() {
        #expect(Money(ore: 125_000_000).description == "1 250 000 kr")
        #expect(Money(ore: 125_000_050).description == "1 250 000,50 kr")
        #expect(Money(ore: 5).description == "0,05 kr")
        #expect(Money(ore: -50_000).description == "-500 kr")
        #expect(Money(ore: 99_900).description == "999 kr")
        #expect(Money(ore: 100_000).description == "1 000 kr")
        #expect(Money(ore: 0).description == "0 kr")
        #expect(Money(ore: -100_000_010).formattedNumber == "-1 000 000,10")
        #expect(Money(ore: .min).description == "-92 233 720 368 547 758,08 kr")
        #expect(Money(ore: .max).formattedNumber == "92 233 720 368 547 758,07")
        #expect(Message("report.grants.total", ["count": .integer(.min)]).text(in: .bokmal) == "Sum, -9 223 372 036 854 775 808 tilsagn")
    }

    @Test func writesDaysInEitherLanguage() throws {
        let early = try #require(Day(year: 987, month: 1, day: 2))
        #expect(Language.bokmal.date(early) == "02.01.0987" && Language.english.date(early) == "0987-01-02")
        let late = try #require(Day(year: 2024, month: 12, day: 31))
        #expect(Language.bokmal.date(late) == "31.12.2024" && late.iso == "2024-12-31")
    }

    @Test func aStoredDayIsReadFromItsISOText() throws {
        let march15 = try #require(Day(year: 2024, month: 3, day: 15))
        let db = try Connection(path: ":memory:")
        let statement = try db.cachedStatement("""
            SELECT '2024-03-15' AS iso, NULL AS none, '2024-02-30' AS impossible, '15.03.2024' AS norwegian, 20240315 AS number
            """)
        try statement.bind([])
        try statement.forEachRow { (row: StatementRow) throws in
            #expect(try row.get("iso", as: Day.self) == march15)
            #expect(try row.get("none", as: Day?.self) == nil)
            for column in ["impossible", "norwegian", "number", "none"] {
                #expect(throws: SQLiteError.self, "\(column)") { try row.get(column, as: Day.self) }
            }
        }
        #expect(Day(databaseValue: .text("2024-03-15")) == march15 && Day(databaseValue: .text("2024-3-15")) == nil)
        #expect(march15.databaseValue == .text("2024-03-15"))
    }

    @Test func jsonIsExactKroner() {
        #expect(Money(ore: 125_000_000).kronerJSON == "1250000")
        #expect(Money(ore: 125_000_050).kronerJSON == "1250000.5")
        #expect(Money(ore: 125_000_005).kronerJSON == "1250000.05")
        #expect(Money(ore: -150).kronerJSON == "-1.5")
        #expect(Money(ore: 7).kronerJSON == "0.07" && Money(ore: 70).kronerJSON == "0.7" && Money(ore: 0).kronerJSON == "0")
        #expect(Money(ore: .min).kronerJSON == "-92233720368547758.08")
    }
}

@Suite struct DayTests {
    @Test func acceptsIsoAndNorwegian() throws {
        #expect(try Day(parsing: "2024-03-15").iso == "2024-03-15")
        #expect(try Day(parsing: "15.03.2024").iso == "2024-03-15")
        #expect(try Day(parsing: "29.02.2024").iso == "2024-02-29")
        #expect(try Day(parsing: "15.3.2026").iso == "2026-03-15")
        #expect(try Day(parsing: "5.1.2023").iso == "2023-01-05")
        #expect(try Day(parsing: "05.1.2023").iso == "2023-01-05")
        #expect(throws: PortfolioError.invalidInput("'2026-13-01' is not a date; write it as 2024-03-15, 15.03.2024 or 15.3.2024")) {
            try Day(parsing: "2026-13-01")
        }
    }

    @Test(arguments: ["2023-02-30", "2023-02-29", "2023-13-01", "2023-04-31", "31.04.2023", "2023-1-5", "15.3.26", "015.3.2026", "15..2026", "30.2.2024",
                      "2023/01/05", "", "yesterday", "2023-01-05T10:00", "1800-01-01"])
    func refusesDaysThatDoNotExist(input: String) {
        let error = #expect(throws: PortfolioError.self) { try Day(parsing: input) }
        #expect(error?.message.hasPrefix("'\(input)' is not a date") == true)
    }

    @Test func theLastDayMonKeepsCanStillBeCountedFrom() throws {
        // Found by the fuzz test: a day after 2200-12-31 must exist to count the days up to it.
        let last = try Day(parsing: "31.12.2200")
        #expect(last.adding(days: 1).iso == "2201-01-01")
        #expect(throws: PortfolioError.invalidInput("'01.01.2201' is not a date mon keeps: years run from 1900 to 2200")) { try Day(parsing: "01.01.2201") }
        #expect(throws: PortfolioError.invalidInput("99999 is not a year mon keeps: years run from 1900 to 2200")) { try Day.span(of: 99999) }
    }

    @Test func ordersByCalendar() throws {
        #expect(try Day(parsing: "2023-12-31") < Day(parsing: "2024-01-01"))
    }
}

@Suite struct DecimalNumberTests {
    @Test(arguments: [("12,5", 12.5), ("12.5", 12.5), ("0,25", 0.25), ("7", 7.0), (" 3,0 ", 3.0), ("-1,5", -1.5)])
    func acceptsCommaOrPoint(input: String, value: Double) throws {
        #expect(try DecimalNumber(parsing: input, option: "--direct-jobs").value == value)
    }

    @Test(arguments: ["", "12,5,0", "1.250,5", "1 000", "nan", "inf", "1e3", ",5", "5,", "12,5 årsverk", "--5", "١٢"])
    func refusesAnythingElse(input: String) {
        #expect(throws: PortfolioError.invalidInput("'\(input)' is not a number for --direct-jobs; write it like 12 or 12,5")) {
            try DecimalNumber(parsing: input, option: "--direct-jobs")
        }
    }
}
