/// A strategic business plan (strategisk næringsplan) and its period.
public struct Plan: Equatable, Sendable {
    public let id: Int64
    public let name: String
    public let municipality: String
    public let firstYear: Int
    public let lastYear: Int
    public let slogan: String?
    public let vision: String?
    /// The day the municipal council adopted it, when known.
    public let adoptedOn: Day?

    /// The period as a person writes it: `2021–2024`.
    public var period: String { "\(firstYear)–\(lastYear)" }

    /// True when the plan's period has ended before `day`.
    public func isOver(on day: Day) -> Bool { day.year > lastYear }

    /// True when `day` falls in the plan's period.
    public func covers(_ day: Day) -> Bool { (firstYear...lastYear).contains(day.year) }
}

/// A plan among the others: whether it is the current one on a day, and whether its period is over.
public struct PlanStanding: Equatable, Sendable {
    public let plan: Plan
    /// The plan that `plan show`, `coverage` and goal codes go to on the day.
    public let isCurrent: Bool
    public let isOver: Bool
}

/// A focus area (satsingsområde) with its goals.
public struct FocusArea: Equatable, Sendable {
    public let id: Int64
    public let number: Int
    public let title: String
    public let description: String?
    public let goals: [Goal]
}

/// A goal (mål), coded `1.1` … `3.5`, with its strategies and how many projects serve it.
public struct Goal: Equatable, Sendable {
    public let id: Int64
    public let code: String
    public let title: String
    public let projectCount: Int
    public let strategies: [Strategy]
}

/// A strategy under a goal, coded by goal and letter (`3.3g`).
public struct Strategy: Equatable, Sendable {
    public let id: Int64
    public let code: String
    public let text: String
    public let projectCount: Int
}

/// A figure the plan is measured against, such as the population, with its dated values.
public struct Indicator: Equatable, Sendable {
    public struct Value: Equatable, Sendable {
        public let year: Int
        public let value: Double
        /// `observed` or `projected`.
        public let kind: String
        public let source: String
    }

    /// A value the plan starts from or aims at, in a year.
    public struct Point: Equatable, Sendable {
        public let year: Int
        public let value: Double
    }

    public let key: String
    public let name: String
    public let unit: String
    /// The goal it measures (`2.1`); nil: the plan as a whole.
    public let goal: String?
    public let baseline: Point?
    public let target: Point?
    public let values: [Value]
}

/// The whole plan: its focus areas, goals, strategies and indicators.
public struct PlanOutline: Equatable, Sendable {
    public let plan: Plan
    public let focusAreas: [FocusArea]
    public let indicators: [Indicator]

    public var goals: [Goal] { focusAreas.flatMap(\.goals) }
    public var strategies: [Strategy] { goals.flatMap(\.strategies) }
}
