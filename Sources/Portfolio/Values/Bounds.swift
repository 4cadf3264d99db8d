/// The range a number a person types must fall in, and how a refusal names it.
///
///     let runs = try Bounds.runs.check(2_000)     // 2000
///     try Bounds.runs.check(100_000_000)          // refused: "--runs must be 1 to 100 000, not 100 000 000"
///     Bounds.runs.span                            // "1 to 100 000", for an option's help
public struct Bound<Value: Comparable & Sendable>: Sendable {
    public let range: ClosedRange<Value>
    /// The refusal of a number outside the range, a sentence naming it with `{low}`, `{high}` and `{value}`.
    let refusal: Message.Key
    /// Said after the range: " days", " kr".
    let unit: String
    let format: @Sendable (Value) -> String

    init(_ range: ClosedRange<Value>, _ refusal: Message.Key, unit: String = "", format: @escaping @Sendable (Value) -> String) {
        self.range = range
        self.refusal = refusal
        self.unit = unit
        self.format = format
    }

    /// The range as its help states it: `0 to 3 650 days`.
    public var span: String { format(range.lowerBound) + " to " + format(range.upperBound) + unit }

    /// The ends of the range, as a sentence of the catalogues places them: `{low}`, `{high}`.
    public var limits: [String: Message.Argument] { ["low": .text(format(range.lowerBound)), "high": .text(format(range.upperBound))] }

    /// The value when it is within the range (never NaN); a refusal naming the range
    /// otherwise, as the bound's own sentence or as `naming` says when given:
    ///
    ///     try Bounds.weight.check(w, naming: Message("bound.weight_of", ["criterion": .message(criterion.words)]))
    @discardableResult
    public func check(_ value: Value, naming: Message? = nil) throws -> Value {
        guard range.contains(value) else {
            let arguments = limits.merging(["value": .text(format(value))]) { $1 }
            throw PortfolioError.invalidInput(Message(naming?.key ?? refusal, (naming?.arguments ?? [:]).merging(arguments) { $1 }))
        }
        return value
    }
}

extension Bound where Value == Int {
    init(_ range: ClosedRange<Int>, _ refusal: Message.Key, unit: String = "") {
        self.init(range, refusal, unit: unit) { Hundredths.whole(Int64($0)) }
    }
}

extension Bound where Value == Double {
    init(_ range: ClosedRange<Double>, _ refusal: Message.Key, unit: String = "") {
        // Whole numbers grouped as the integer bounds are (`100 000`); others with a decimal point (`0.5`).
        self.init(range, refusal, unit: unit) { abs($0) < 1e12 && $0 == $0.rounded() ? Hundredths.whole(Int64($0)) : Cell.formatNumber($0) }
    }
}

/// Every bound on a number a person types, in one place: options, arguments and
/// file fields are checked against these, and their help states them.
///
/// They are set so that nothing mon computes from them can overflow or grow
/// without limit, and wide enough that no real portfolio meets them: MON's
/// fund gets a few million kroner a year and has a few hundred projects.
public enum Bounds {
    /// Direct jobs of one project (årsverk): more than any employer in Norway has.
    public static let jobs = Bound<Double>(0...100_000, "bound.jobs")
    /// A criterion's weight in the score; weights are relative, so 100 leaves every ratio open.
    public static let weight = Bound<Double>(0...100, "bound.weight")
    /// A sector's local employment multiplier: published regional multipliers lie
    /// between 1 and 3; below 0.5 or above 5 is a typing error, not an estimate.
    public static let multiplier = Bound<Double>(0.5...5, "bound.multiplier")
    /// Persons per job, for the population effect: a household is 1 to 4 persons.
    public static let personsPerJob = Bound<Double>(0.5...5, "bound.persons_per_job")
    /// Runs of the sensitivity analysis: past 100 000 the percentiles no longer move.
    public static let runs = Bound(1...100_000, "bound.runs")
    /// Budgets on the frontier of `select`: each is a search of its own.
    public static let frontierSteps = Bound(1...1_000, "bound.frontier", unit: " steps")
    /// How far ahead `grant due` looks: ten years, longer than any grant's deadline.
    public static let withinDays = Bound(0...3_650, "bound.within", unit: " days")
    /// How many of a ranking to show or to count the chance of.
    public static let top = Bound(1...100_000, "bound.top", unit: " projects")
    /// Projects and grants `demo --synthetic` makes up: the national scale, with room.
    public static let syntheticProjects = Bound(0...1_000_000, "bound.synthetic_projects")
    public static let syntheticGrants = Bound(0...10_000_000, "bound.synthetic_grants")

    /// The most one amount may be, typed or in a file: a thousand times what a large
    /// municipal business fund gets in a year. 10^12 øre.
    public static let amount = Money(kroner: 10_000_000_000)
    /// The most every fund's allocations may come to together: 10^15 øre. What is
    /// granted, paid or available never exceeds what was allocated, and a grant
    /// applied for or a request is at most `amount`, so Int64 (9.2 × 10^18 øre) holds
    /// any sum mon makes of them — a fund's days, years or all funds at once —
    /// with room for thousands of such totals side by side.
    public static let allocations = Money(kroner: 10_000_000_000_000)
    /// What the dated bounds of an EUR rate (`eur_rate_min`, `eur_rate_max`) may be
    /// set to: NOK per EUR has been 7 to 12 since the euro began.
    public static let euroRateLimit = Bound<Double>(1...100, "bound.euro_rate_limit", unit: " NOK per EUR")

    /// The ranks a sensitivity analysis holds at once (runs × projects): 25 million
    /// ranks take 100 MB, so `--runs` is cut to fit a large portfolio.
    public static let sensitivityRanks = 25_000_000
}

extension Bounds {
    /// A plan's years, and its indicators': the range the schema holds.
    public static let planYear = Bound(1900...2200, "bound.plan_year") { String($0) }
    /// A focus area's number: a plan has a handful.
    public static let focusAreaNumber = Bound(1...99, "bound.focus_area_number")
    /// An indicator's value: a population, a count of jobs or firms, kroner; 10^12 is more than any of them.
    public static let indicatorValue = Bound<Double>(-1e12...1e12, "bound.indicator_value")
}

extension Bounds {
    /// New businesses one project establishes: more than Vefsn has.
    public static let establishments = Bound(0...100_000, "bound.establishments")
    /// Resamples of a calibration's bootstrap: past 100 000 the interval no longer moves.
    public static let samples = Bound(1...100_000, "bound.samples")
}
