/// Where an indicator stands against its target, judged on its latest observed value.
///
///     Indicator(…, baseline: .init(year: 2024, value: 2), target: .init(year: 2028, value: 10), values: [2026: 7]).standing
///     // .onTrack: 7 is above the straight line from 2 in 2024 to 10 in 2028 (6 in 2026)
public enum IndicatorStanding: String, Choice {
    /// The latest value has reached the target.
    case met
    /// Not reached, but at or past the straight line from the baseline to the target in its year.
    case onTrack = "on_track"
    /// Short of that line, or the target year has come without the target.
    case behind
    /// No target, no observed value, or nothing to measure the way against.
    case unknown

    public static let catalogueName = "indicator_standing"
}

extension Indicator {
    /// The values measured (not projected), oldest first.
    public var observed: [Value] { values.filter { $0.kind == "observed" } }

    /// The newest value measured: what the indicator stands at now.
    public var latest: Value? { observed.last }

    /// The latest value with its year, as a baseline and a target are given.
    public var latestPoint: Point? { latest.map { Point(year: $0.year, value: $0.value) } }

    /// The indicator as it stood at the end of `year`: measured values up to it, projections left out; all when nil.
    ///
    ///     indicator.seen(through: 2023).latest   // the 2023 value, not a later one
    public func seen(through year: Int?) -> Indicator {
        Indicator(key: key, name: name, unit: unit, goal: goal, baseline: baseline, target: target,
                  values: observed.filter { year == nil || $0.year <= year! })
    }

    /// Met, on track or behind. The target says which way is better: a target below the
    /// baseline is reached by going down (fewer people out of work), otherwise by going up.
    public var standing: IndicatorStanding {
        guard let target, let latest else { return .unknown }
        let rising = baseline.map { target.value >= $0.value } ?? true
        func atLeast(_ value: Double, _ goal: Double) -> Bool { rising ? value >= goal : value <= goal }
        if atLeast(latest.value, target.value) { return .met }
        if latest.year >= target.year { return .behind }
        guard let baseline, target.year > baseline.year, latest.year >= baseline.year else { return .unknown }
        let share = Double(latest.year - baseline.year) / Double(target.year - baseline.year)
        return atLeast(latest.value, baseline.value + (target.value - baseline.value) * share) ? .onTrack : .behind
    }
}
