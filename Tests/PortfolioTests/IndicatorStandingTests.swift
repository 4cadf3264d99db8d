import Testing
@testable import Portfolio

/// Met, on track, behind: judged on the latest measured value, against the straight line
/// from baseline to target, in the direction the target lies from the baseline.
@Suite struct IndicatorStandingTests {
    static func indicator(baseline: (Int, Double)?, target: (Int, Double)?, values: [(Int, Double)], projected: [(Int, Double)] = []) -> Indicator {
        Indicator(key: "k", name: "K", unit: "u", goal: "1.1",
                  baseline: baseline.map { Indicator.Point(year: $0.0, value: $0.1) },
                  target: target.map { Indicator.Point(year: $0.0, value: $0.1) },
                  values: values.map { Indicator.Value(year: $0.0, value: $0.1, kind: "observed", source: "s") }
                      + projected.map { Indicator.Value(year: $0.0, value: $0.1, kind: "projected", source: "s") })
    }

    static let cases: [(baseline: (Int, Double)?, target: (Int, Double)?, values: [(Int, Double)], standing: IndicatorStanding)] = [
        ((2024, 2), (2028, 10), [(2026, 6)], .onTrack),      // exactly on the line: 2 + 8 × 2/4
        ((2024, 2), (2028, 10), [(2026, 5.9)], .behind),
        ((2024, 2), (2028, 10), [(2025, 10)], .met),
        ((2024, 2), (2028, 10), [(2028, 9)], .behind),       // the target year came without the target
        ((2024, 10), (2028, 4), [(2026, 7)], .onTrack),      // going down: 10 − 6 × 2/4 = 7
        ((2024, 10), (2028, 4), [(2026, 7.5)], .behind),
        ((2024, 10), (2028, 4), [(2027, 3)], .met),
        (nil, (2028, 10), [(2026, 5)], .unknown),            // no baseline: no line to measure against
        ((2024, 2), nil, [(2026, 5)], .unknown),
        ((2024, 2), (2028, 10), [], .unknown),
    ]

    @Test(arguments: 0..<cases.count)
    func standing(of index: Int) {
        let item = Self.cases[index]
        #expect(Self.indicator(baseline: item.baseline, target: item.target, values: item.values).standing == item.standing)
    }

    @Test func projectionsAndLaterYearsAreNotMeasured() {
        let indicator = Self.indicator(baseline: (2024, 2), target: (2028, 10), values: [(2025, 4), (2027, 9)], projected: [(2028, 12)])
        #expect(indicator.latest?.value == 9)
        #expect(indicator.seen(through: 2026).values.map(\.year) == [2025])
        #expect(indicator.seen(through: 2026).standing == .onTrack)
        #expect(indicator.seen(through: nil).values.map(\.year) == [2025, 2027])
    }
}
