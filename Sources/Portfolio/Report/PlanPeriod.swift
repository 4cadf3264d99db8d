/// Whether a report's plan still runs on the report's day, and which plan is current then:
/// a board reading a report of an ended plan must be told so, and where the work goes on.
///
///     let period = try PlanPeriod(of: seeded, on: Day(year: 2026, month: 12, day: 31)!, in: db)
///     period.isOver        // true: 2021–2024 ended
///     period.current?.name // the newer plan, or nil when none is loaded
public struct PlanPeriod: Sendable {
    public let plan: Plan
    /// The day it is judged on: the end of the report's year, or the day the report is made.
    public let day: Day
    public let isOver: Bool
    /// The plan current on `day` when it is another than `plan`; nil when `plan` is the newest that applies.
    public let current: Plan?

    public init(of plan: Plan, on day: Day, in db: PortfolioDatabase) throws {
        self.plan = plan
        self.day = day
        isOver = plan.isOver(on: day)
        let current = try PlanRepository(db).current(on: day)
        self.current = current.id == plan.id ? nil : current
    }

    /// True when the plan's period has not begun on `day`.
    public var hasNotBegun: Bool { day.year < plan.firstYear }

    /// The sentence the report prints about the period: over (and which plan is current), running, or not yet begun.
    public var sentence: Message {
        var arguments: [String: Message.Argument] = ["period": .text(plan.period), "day": .day(day)]
        if let current { arguments.merge(["name": .text(current.name), "current_period": .text(current.period)]) { $1 } }
        switch (isOver, hasNotBegun, current) {
        case (true, _, nil): return Message("report.plan.over_none_newer", arguments)
        case (true, _, _?): return Message("report.plan.over_current", arguments)
        case (false, true, _): return Message("report.plan.not_begun", arguments)
        case (false, false, _): return Message("report.plan.running", arguments)
        }
    }
}
