import Foundation
import PropertyBased
import Testing
@testable import Portfolio

/// The parsers of everything a person types or a file holds — amounts, dates,
/// organisation numbers, exchange rates, CSV — fed random text. None may crash,
/// and whatever one accepts must read back the same once written out again.
///
/// CI runs 20 000 inputs per parser; for a million:
///
///     MON_FUZZ_RUNS=1000000 swift test -c release --filter FuzzTests
@Suite struct FuzzTests {
    static let runs = ProcessInfo.processInfo.environment["MON_FUZZ_RUNS"].flatMap(Int.init) ?? 20_000

    /// Any text: control characters, NUL, Latin-1, combining marks, symbols.
    static let noise = Gen.character(in: "\u{0}"..."\u{2FF}").string(of: 0...24)

    /// Text made of what the parser's own input is made of, so that it often almost parses.
    static func near(_ alphabet: String, _ length: ClosedRange<Int> = 0...16) -> Generator<String, some Sequence & SendableMetatype> {
        Gen<Character?>.element(of: Array(alphabet) as [Character]).map { $0! }.string(of: length)
    }

    @Test func amounts() async {
        var accepted = 0
        await propertyCheck(count: Self.runs, input: Gen.oneOf(Self.noise, Self.near("0123456789  ,.-+ekr\u{A0}"))) { text throws in
            guard let money = try? Money(parsing: text) else { return }
            accepted += 1
            #expect(money.ore >= 0)
            #expect(try Money(parsing: money.description) == money)
            #expect(try Money(csvField: money.kronerJSON) == money)
        }
        #expect(accepted > 0)
    }

    @Test func dates() async {
        var accepted = 0
        // Dates in both written forms, with years, months and days in and out of range.
        let written = Gen.int(in: 0...(1 << 30)).map { n -> String in
            let year = 1850 + n % 400, month = (n >> 9) % 14, day = (n >> 13) % 33
            return (n >> 19) % 2 == 0 ? String(format: "%04d-%02d-%02d", year, month, day) : String(format: "%02d.%02d.%04d", day, month, year)
        }
        await propertyCheck(count: Self.runs, input: Gen.oneOf(Self.noise, Self.near("0123456789-. ", 8...12), written)) { text throws in
            guard let day = try? Day(parsing: text) else { return }
            accepted += 1
            #expect(try Day(parsing: day.iso) == day)
            #expect(day.adding(days: 1) > day)
        }
        #expect(accepted > 0)
    }

    @Test func organisationNumbers() async {
        var accepted = 0
        await propertyCheck(count: Self.runs, input: Gen.oneOf(Self.noise, Self.near("0123456789 ", 7...12))) { text throws in
            guard let orgnr = try? OrganisationNumber(parsing: text) else { return }
            accepted += 1
            #expect(orgnr.digits.count == 9)
            #expect(try OrganisationNumber(parsing: orgnr.formatted) == orgnr)
        }
        #expect(accepted > 0)
    }

    @Test func exchangeRates() async {
        await propertyCheck(count: Self.runs, input: Gen.oneOf(Self.noise, Self.near("0123456789.,-e "))) { text throws in
            guard let rate = try? EuroRate(parsing: text) else { return }
            #expect(Bounds.euroRateLimit.range.contains(rate.nokPerEuro))
        }
    }

    @Test func csv() async {
        let cells = Gen.oneOf(Self.noise, Self.near("ab,;\"\r\n ='"), Self.near("\"\",\n"))
        await propertyCheck(count: Self.runs, input: cells) { text throws in
            guard let records = try? CSVFormat.read(text) else { return }
            let rows = records.map(\.fields)
            // What was read, written out and read again, is the same.
            #expect(try CSVFormat.read(CSVFormat.write(rows)).map(\.fields) == rows.filter { $0 != [""] })
        }
    }
}
