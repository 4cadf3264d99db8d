import Foundation
import Testing
import Portfolio
import TestSupport

@Suite struct PlanSeedTests {
    let outline: PlanOutline

    init() throws {
        let db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/plan.sqlite", actor: "test")
        outline = try PlanRepository(db).outline()
    }

    @Test func theWholePlanIsSeeded() {
        #expect(outline.plan.name == "Strategisk næringsplan for Vefsn kommune 2021–2024")
        #expect(outline.plan.firstYear == 2021 && outline.plan.lastYear == 2024)
        #expect(outline.focusAreas.map(\.title) == ["Slagkraft for næringsutvikling", "Attraktivt fellesskap", "Fremtidens samfunn"])
        #expect(outline.goals.count == 16)
        #expect(outline.strategies.count == 51)
        #expect(outline.focusAreas.map(\.goals.count) == [5, 6, 5])
    }

    @Test func goalCodesRunAsInThePlan() {
        #expect(outline.goals.map(\.code) == [
            "1.1", "1.2", "1.3", "1.4", "1.5",
            "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
            "3.1", "3.2", "3.3", "3.4", "3.5",
        ])
        #expect(outline.goals.map(\.strategies.count) == [6, 4, 2, 3, 3, 4, 1, 2, 3, 3, 2, 3, 4, 7, 2, 2])
    }

    @Test func goal3_3HasStrategiesAThroughG() throws {
        let goal = try #require(outline.goals.first { $0.code == "3.3" })
        #expect(goal.title == "Iverksette smartby-satsing i kommunen.")
        #expect(goal.strategies.map(\.code) == ["3.3a", "3.3b", "3.3c", "3.3d", "3.3e", "3.3f", "3.3g"])
        #expect(goal.strategies.last?.text == "Forankre smartby-satsing lokalt.")
        #expect(goal.strategies[3].text == "Deltakelse i relevante nettverk, for eksempel «smarte distrikter og lokalsamfunn».")
    }

    @Test func textsAreThePlansOwn() throws {
        #expect(outline.goals.first { $0.code == "2.1" }?.title
                == "Gjøre Mosjøen by og Vefsn-samfunnet mer synlig og attraktiv nasjonalt og internasjonalt.")
        #expect(outline.goals.first { $0.code == "1.4" }?.strategies.first?.text
                == "Mer målrettet bruk av næringsfond og andre støtteordninger, samt rådgivning.")
        #expect(outline.strategies.first { $0.code == "2.3a" }?.text
                == "Følge opp og delta aktivt i reisemålsutviklingsprosjektet i regi av Vefsna Regionalpark.")
    }

    /// Every goal and strategy text stands in the plan document, word for word once
    /// the document's line breaks (and words hyphenated across them) are joined.
    @Test func everyTextStandsInThePlanDocument() throws {
        let document = try String(contentsOfFile: repositoryRoot() + "/Tests/PortfolioTests/Fixtures/strategisk-naeringsplan-vefsn-2021-2024.txt", encoding: .utf8)
        let words = document.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let unhyphenated = words.replacingOccurrences(of: "([a-zæøå])- ([a-zæøå])", with: "$1$2", options: .regularExpression)
        let rehyphenated = words.replacingOccurrences(of: "([A-Za-zæøå])- ([a-zæøå])", with: "$1-$2", options: .regularExpression)
        let texts = outline.goals.map(\.title) + outline.strategies.map(\.text) + outline.focusAreas.compactMap(\.description)
        #expect(texts.count == 70)
        for text in texts {
            #expect(words.contains(text) || unhyphenated.contains(text) || rehyphenated.contains(text), "not in the plan: \(text)")
        }
    }

    @Test func populationFiguresFromSSB() throws {
        let population = try #require(outline.indicators.first { $0.key == "population" })
        #expect(population.values.map(\.year) == [2020, 2030, 2050])
        #expect(population.values.map(\.value) == [13_278, 12_579, 11_888])
        #expect(population.values.map(\.kind) == ["observed", "projected", "projected"])
        #expect(population.values.allSatisfy { $0.source == "SSB" })
    }
}
