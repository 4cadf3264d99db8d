import Foundation
import Testing
@testable import Portfolio

@Suite struct LanguageTests {
    @Test(arguments: [
        (["LANG": "nb_NO.UTF-8"], Language.bokmal),
        (["LANG": "nn_NO.UTF-8"], .bokmal),
        (["LANG": "no_NO"], .bokmal),
        (["LANG": "C.UTF-8"], .english),
        ([:], .english),
        (["LANG": "nb_NO.UTF-8", "LC_ALL": "en_US.UTF-8"], .english),
        (["LANG": "en_US.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"], .bokmal),
        (["LANG": "nb_NO.UTF-8", "MON_LANG": "en"], .english),
        (["LANG": "C", "MON_LANG": "nb"], .bokmal),
    ])
    func theLanguageFollowsTheLocale(environment: [String: String], expected: Language) {
        #expect(Language(environment: environment) == expected)
    }

    @Test func bothCataloguesHoldTheSameKeysWithTheSameArguments() {
        let english = Catalogue.entries(.english)
        let bokmal = Catalogue.entries(.bokmal)
        #expect(Set(english.keys).symmetricDifference(bokmal.keys).isEmpty,
                "missing in one language: \(Set(english.keys).symmetricDifference(bokmal.keys).map(\.rawValue).sorted())")
        func arguments(_ template: String) -> Set<String> {
            Set(template.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) })
        }
        for (key, template) in english {
            #expect(arguments(template) == arguments(bokmal[key] ?? ""), "\(key.rawValue)")
        }
    }

    @Test(arguments: [Language.english, .bokmal])
    func noKeyIsWrittenTwice(in language: Language) {
        var seen: [Message.Key: Int] = [:]
        for part in Catalogue.parts(language) {
            for (key, _) in part { seen[key, default: 0] += 1 }
        }
        #expect(seen.filter { $0.value > 1 }.keys.map(\.rawValue).sorted() == [])
        #expect(seen.count == Catalogue.entries(language).count)
    }

    @Test func eachArgumentTakesItsPlaceAmongLettersOfAnyWidthAndOneNotGivenStaysAsWritten() {
        let message = Message("doctor.dates.outside", ["table": .text("grant"), "row": .text("2"), "column": .text("received_on"),
                                                       "date": .text("1850-05-01"), "first": .text("1900")])
        #expect(message.text(in: .bokmal) == "grant 2: received_on er 1850-05-01, utenfor årene mon tar vare på (1900 til {last})")
        #expect(Message("value.not_a_number", ["text": .text("ti{tre}"), "option": .text("–-år")]).text(in: .bokmal)
                == Catalogue.entries(.bokmal)["value.not_a_number"]!
                    .replacingOccurrences(of: "{text}", with: "ti{tre}").replacingOccurrences(of: "{option}", with: "–-år"))
    }

    @Test func aSentenceIsWrittenWholeInEachLanguage() {
        let message = Message("fund.cannot_cover", ["fund": .text("Kommunalt næringsfond"), "available": .money(Money(kroner: 600_000)),
                                                    "day": .day(try! Day(parsing: "2024-06-01")), "amount": .money(Money(kroner: 700_000))])
        #expect(message.text(in: .english) == "Kommunalt næringsfond has 600 000 kr available on 2024-06-01: it cannot cover 700 000 kr")
        #expect(message.text(in: .bokmal) == "Kommunalt næringsfond har 600 000 kr disponibelt 01.06.2024: det dekker ikke 700 000 kr")
        let located = PortfolioError.refused(message).located(in: "tilsagn.csv", line: 4, column: "amount")
        #expect(located.text(in: .bokmal).hasPrefix("tilsagn.csv, linje 4, kolonne amount: Kommunalt"))
        #expect(GrantStatus.lapsed.words.text(in: .bokmal) == "bortfalt")
        #expect(Language.bokmal.decimal(16.66) == "16,7" && Language.english.decimal(16.66) == "16.7")
        #expect(Language.bokmal.percent(Decimal(string: "0.1666")!) == "16,7 %")
    }

    @Test func norwegianOrderPutsÆØÅAfterZAndIgnoresCase() {
        let names = ["Øvre Vefsn AS", "Åsen Sag", "zeta", "Ærlig Mat", "alfa", "Bedrift", "Éclair", "ødegård", "Åbø", "Zulu"]
        #expect(names.sorted(by: Collation.norwegian)
            == ["alfa", "Bedrift", "Éclair", "zeta", "Zulu", "Ærlig Mat", "ødegård", "Øvre Vefsn AS", "Åbø", "Åsen Sag"])
    }

    /// The quick order read from the bytes of plain names is the order of the keys, for any two texts: names of
    /// ASCII and æøåäö are compared quickly, anything else (é, an accent joining a letter, a tab) by the keys.
    @Test func theQuickNorwegianOrderIsTheOrderOfTheKeys() {
        let letters: [String] = ["a", "A", "e", "z", "Z", "0", " ", "-", "{", "~", "æ", "Æ", "ä", "Ä", "ø", "Ø", "ö", "Ö", "å", "Å",
                                 "é", "\u{301}", "ß", "\t", "ü"]
        var generator = SystemRandomNumberGenerator()
        var names = ["", "a", "A", "å", "Å", "aa", "Næringsfond 10", "Næringsfond 100", "Kommunalt næringsfond", "Ærlig", "Ärlig"]
        for _ in 0..<400 {
            names.append((0..<Int.random(in: 0...5, using: &generator)).map { _ in letters.randomElement(using: &generator)! }.joined())
        }
        var quick = 0
        for left in names {
            for right in names {
                if Collation.plainOrder(left, right) != nil { quick += 1 }
                #expect(Collation.norwegian(left, right) == Collation.byKeys(left, right), "\(left.debugDescription) \(right.debugDescription)")
            }
        }
        #expect(quick > names.count * names.count / 20, "plain names are compared quickly")
        #expect(Collation.plainOrder("Næringsfond 9", "Næringsfond 10") != nil && Collation.plainOrder("Éclair", "Eclair") == nil)
    }
}
