import Foundation
import Testing
@testable import Portfolio
import TestSupport

@Suite struct PlanFileTests {
    /// The example in docs/plan-format.md, so that the documentation stays a file mon reads.
    static func documentedExample() throws -> String {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/plan-format.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(text.range(of: "```yaml\n")).upperBound
        let end = try #require(text.range(of: "```", range: start..<text.endIndex)).lowerBound
        return String(text[start..<end])
    }

    @Test func theDocumentedExampleIsAddedBesideTheSeededPlan() throws {
        let db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/plan.sqlite", actor: "test")
        let plans = PlanRepository(db)
        let id = try plans.add(try PlanFile.draft(from: try Self.documentedExample()))
        let outline = try plans.outline(planID: id)
        #expect(outline.plan.period == "2025–2028")
        #expect(outline.plan.adoptedOn == Day(year: 2025, month: 6, day: 19))
        #expect(outline.goals.map(\.code) == ["1.1", "1.2", "2.5"])
        #expect(outline.strategies.map(\.code) == ["1.1a", "1.1b", "2.5a"])
        let establishments = try #require(outline.indicators.first { $0.key == "new_establishments" })
        #expect(establishments.goal == "1.1")
        #expect(establishments.baseline == Indicator.Point(year: 2024, value: 2))
        #expect(establishments.target == Indicator.Point(year: 2028, value: 10))
        // Both plans have a `population` indicator and a goal 1.1: keys and codes are per plan.
        #expect(outline.indicators.map(\.key) == ["new_establishments", "population"])
        #expect(try plans.outline(planID: 1).goals.count == 16)
        #expect(try plans.current(on: try Day(parsing: "2026-11-27")).id == id)
        #expect(try plans.current(on: try Day(parsing: "2022-01-01")).id == 1)
    }

    @Test func theSeededPlanRoundTripsThroughYAML() throws {
        let db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/plan.sqlite", actor: "test")
        let plans = PlanRepository(db)
        let seeded = PlanDraft(try plans.outline(planID: 1))
        var read = try PlanFile.draft(from: try PlanFile.yaml(seeded))
        #expect(throws: PortfolioError.refused(
            "a plan named 'Strategisk næringsplan for Vefsn kommune 2021–2024' is already in the database; plans stand beside each other under names of their own (give another with --title)"
        ).located(line: 2)) { try plans.add(read) }
        read.title = "Kopi"
        let copy = PlanDraft(try plans.outline(planID: try plans.add(read)))
        var expected = seeded
        expected.title = "Kopi"
        #expect(copy == expected)
        #expect((copy.areas.count, copy.goals.count, copy.strategies.count) == (3, 16, 51))
    }

    @Test func aFileOverTheBoundIsRefusedBeforeItIsRead() throws {
        let path = try makeTemporaryFolder() + "/big.yaml"
        try Data(repeating: UInt8(ascii: "#"), count: PlanFile.maxBytes + 1).write(to: URL(fileURLWithPath: path))
        #expect(throws: PortfolioError.invalidInput("the plan file is larger than 1 MiB; a plan takes a few dozen kilobytes").located(in: path)) {
            try PlanFile.read(path: path)
        }
    }

    @Test func aStrategyMustBelongToItsGoal() throws {
        let yaml = try Self.documentedExample().replacingOccurrences(of: "code: 1.1b", with: "code: 1.2b")
        #expect(throws: PortfolioError.refused("'1.2b' is not a strategy code of goal 1.1; write the goal's code and one letter, like 1.1a").located(line: 19)) {
            try PlanRules.check(try PlanFile.draft(from: yaml), existingNames: [])
        }
    }
}
