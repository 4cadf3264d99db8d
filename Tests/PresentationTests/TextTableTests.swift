import Testing
@testable import Portfolio
@testable import Presentation

/// A table for a person lines its columns up by characters, whatever bytes they take, and shows
/// what would steer a terminal instead of passing it on.
@Suite struct TextTableTests {
    static func written(_ rows: [[Cell]], headers: [String] = ["name", "n"], in language: Language = .english) -> String {
        var table = TextTable(headers: headers.map { Message(untranslated: $0) }, in: language)
        rows.forEach { table.append($0) }
        var out = ""
        table.write { out += $0 }
        return out
    }

    @Test func lettersOfTwoBytesTakeOnePlaceAndJoiningMarksNone() {
        // æ, Å and é (precomposed) are counted by their bytes, a combining accent by grapheme clusters.
        #expect(Self.written([[.text("Næringsfond"), .integer(1)], [.text("Cafe\u{301}"), .integer(22)], [.text("ÆØÅ é"), .null]]) == """
            name          n
            -----------  --
            Næringsfond   1
            Café         22
            ÆØÅ é
            
            """)
    }

    @Test func whatWouldSteerATerminalIsShownInsteadAndCounted() {
        // A C1 control (NEL, two bytes from C2 85) and a right-to-left override (three bytes) are written out.
        #expect(Self.written([[.text("a\u{85}b"), .integer(1)], [.text("\u{202E}evil"), .integer(2)], [.text("\u{A0}nbsp"), .integer(3)]]) == """
            name          n
            ------------  -
            a\\x85b        1
            \\u{202E}evil  2
            \u{A0}nbsp         3
            
            """)
    }

    @Test func numbersAmountsAndDaysAreRightAlignedInTheReadersLanguage() throws {
        let day = try #require(Day(year: 2024, month: 3, day: 15))
        let rows: [[Cell]] = [[.money(Money(ore: 150_000_050)), .day(day), .integer(-7)], [.money(.zero), .null, .integer(Int64.min)]]
        #expect(Self.written(rows, headers: ["amount", "day", "n"], in: .bokmal) == """
                     amount  day                            n
            ---------------  ----------  --------------------
            1 500 000,50 kr  15.03.2024                    -7
                       0 kr              -9223372036854775808
            
            """)
    }

    @Test func aShortRowEndsInEmptyCells() {
        #expect(Self.written([[.text("a")], [.text("b"), .integer(2)]]) == """
            name  n
            ----  -
            a
            b     2
            
            """)
    }

    @Test func aCopyOfABufferIsItsOwn() {
        var first = GrowingBuffer<Int>()
        (0..<3000).forEach { first.append($0) }
        var second = first
        second.append(-1)
        [7, 8].withUnsafeBufferPointer { first.append(contentsOf: $0) }
        #expect(first.count == 3002 && second.count == 3001)
        let (firstValues, secondValues) = (first.withUnsafeBufferPointer { Array($0) }, second.withUnsafeBufferPointer { Array($0) })
        #expect(firstValues[2999] == 2999 && firstValues[3000] == 7 && secondValues[3000] == -1)
    }
}

/// A cell's text wrapped to its column breaks between words, never inside an amount.
@Suite struct WrapTests {
    @Test func anAmountIsNeverSplitAcrossLines() {
        #expect(Formatter.wrap("bundet 1 380 000 kr + netto utbetalt 2 350 000 kr;", width: 20)
                == ["bundet 1 380 000 kr", "+ netto utbetalt", "2 350 000 kr;"])
        // Wider than the column, an amount is cut as any long word is.
        #expect(Formatter.wrap("14 500 000 kr", width: 8) == ["14 500 0", "00 kr"])
        // Only groups of three digits and the currency join: years, counts and words after a number do not.
        #expect(Formatter.words(of: "13 tilsagn og 36 fondsdager, 2024 2025 og 10 000 kroner") ==
                ["13", "tilsagn", "og", "36", "fondsdager,", "2024", "2025", "og", "10 000", "kroner"])
        #expect(Formatter.words(of: "forsegling 13 180cb41f103fa53f; 1 000, 2 000 kr.") ==
                ["forsegling", "13", "180cb41f103fa53f;", "1 000,", "2 000 kr."])
        #expect(Formatter.words(of: "kr 1 380 000 og EUR 100 854,70, 12 % av NOK 5 000; kroner 12 og EUR-kurs") ==
                ["kr 1 380 000", "og", "EUR 100 854,70,", "12 %", "av", "NOK 5 000;", "kroner", "12", "og", "EUR-kurs"])
    }
}

/// argument-parser wraps help at plain spaces: every amount in the help's sentences is written with
/// no-break spaces (`1\u{A0}250\u{A0}000`, `50\u{A0}%`), so that none is split across lines; an example
/// (an indented line, never wrapped) is written as it is typed.
@Suite struct HelpAmountTests {
    @Test(arguments: [Language.english, .bokmal])
    func noAmountInTheHelpHasAPlainSpace(in language: Language) {
        for (key, text) in Catalogue.entries(language) where key.rawValue.hasPrefix("help.") {
            for line in text.split(separator: "\n") where !line.hasPrefix(" ") {
                let split = Formatter.words(of: line).filter { $0.contains(" ") }
                #expect(split.isEmpty, "\(key.rawValue): \(split)")
            }
        }
    }
}
