import Testing
import Portfolio

@Suite struct MoneyTests {
    @Test(arguments: [
        ("1250000", Int64(125_000_000)),
        ("1 250 000", 125_000_000),
        ("1250000,50", 125_000_050),
        ("1250000,5", 125_000_050),
        ("1 250 000 kr", 125_000_000),
        ("1 250 000,05 kr", 125_000_005),
        ("1\u{00A0}250\u{00A0}000", 125_000_000),
        ("0", 0),
        ("999", 99_900),
    ])
    func acceptsNorwegianAmounts(input: String, ore: Int64) throws {
        #expect(try Money(parsing: input).ore == ore)
    }

    @Test(arguments: ["", "kr", "12,3,4", "1e6", "-5", "1.5", "1 25 000", "12 3456", " 1000", "1000 ", "1,234", "1,", "abc", "١٢٣",
                      "1 250 000 NOK", "9999999999999999", "+5", "1 000 000,000"])
    func refusesAnythingElse(input: String) {
        let error = #expect(throws: PortfolioError.self) { try Money(parsing: input) }
        #expect(error?.message.hasPrefix("'\(input)' is not an amount") == true)
    }

    @Test func printsNorwegianStyle() {
        #expect(Money(ore: 125_000_000).description == "1 250 000 kr")
        #expect(Money(ore: 125_000_050).description == "1 250 000,50 kr")
        #expect(Money(ore: 5).description == "0,05 kr")
        #expect(Money(ore: -50_000).description == "-500 kr")
        #expect(Money(ore: 99_900).description == "999 kr")
    }

    @Test func jsonIsExactKroner() {
        #expect(Money(ore: 125_000_000).kronerJSON == "1250000")
        #expect(Money(ore: 125_000_050).kronerJSON == "1250000.5")
        #expect(Money(ore: 125_000_005).kronerJSON == "1250000.05")
        #expect(Money(ore: -150).kronerJSON == "-1.5")
    }
}

@Suite struct DayTests {
    @Test func acceptsIsoAndNorwegian() throws {
        #expect(try Day(parsing: "2024-03-15").iso == "2024-03-15")
        #expect(try Day(parsing: "15.03.2024").iso == "2024-03-15")
        #expect(try Day(parsing: "29.02.2024").iso == "2024-02-29")
    }

    @Test(arguments: ["2023-02-30", "2023-02-29", "2023-13-01", "2023-04-31", "31.04.2023", "2023-1-5", "5.1.2023",
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
