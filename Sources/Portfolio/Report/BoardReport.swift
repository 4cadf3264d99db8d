/// What the plan has achieved, for the board and the municipal council:
/// "Resultatene er det MON skal måles på".
///
///     let report = try BoardReport(db, year: 2024)
///
/// A year limits grants to those approved and paid in it, and takes the
/// ranking, the estimates and the fund as they stood at its end. Figures per
/// goal are counted under each project's primary goal, so that they add up;
/// project counts include every goal a project serves.
public struct BoardReport: Sendable {
    /// One goal's results.
    public struct GoalResult: Sendable {
        public let code: String
        public let title: String
        /// Projects serving the goal, by status.
        public let projects: [ProjectStatus: Int]
        public let approved: Money
        public let paid: Money
        public let jobs: Double
        public let populationEffect: Double

        public var projectCount: Int { projects.values.reduce(0, +) }
    }

    /// One focus area's goals and totals.
    public struct AreaResult: Sendable {
        public let number: Int
        public let title: String
        public let goals: [GoalResult]

        public var approved: Money { goals.reduce(.zero) { $0 + $1.approved } }
        public var paid: Money { goals.reduce(.zero) { $0 + $1.paid } }
        public var jobs: Double { goals.reduce(0) { $0 + $1.jobs } }
        public var populationEffect: Double { goals.reduce(0) { $0 + $1.populationEffect } }
    }

    public let plan: Plan
    public let year: Int?
    /// The day the estimates, the ranking and the fund are taken as of.
    public let asOf: Day
    public let areas: [AreaResult]
    /// Grants on no project, which no goal carries.
    public let approvedOutsideProjects: Money
    public let paidOutsideProjects: Money
    /// Goals no planned or active project serves.
    public let uncoveredGoals: [UncoveredItem]
    public let population: Indicator?
    /// Every project not cancelled, by its score (completed ones count toward results).
    public let assessed: Ranking
    /// The projects to prioritise now: the ranking without completed and cancelled projects.
    public let ranking: Ranking
    public let fundByYear: [FundStatus]
    /// Grants approved in the period: what the public may see of them.
    public let grantsApproved: [Grant]
    /// The history's last sealed row when the report was made: an auditor holding
    /// the report can later show that nothing before it has changed.
    public let historyHead: ChainHead?

    public var jobs: Double { areas.reduce(0) { $0 + $1.jobs } }
    public var populationEffect: Double { areas.reduce(0) { $0 + $1.populationEffect } }

    public init(_ db: PortfolioDatabase, year: Int? = nil) throws {
        let plans = PlanRepository(db)
        let outline = try plans.outline()
        let today = Day.today()
        let span = try year.map { try Day.span(of: $0) }
        let asOf = span.map { min($0.last, today) } ?? today
        self.plan = outline.plan
        self.year = year
        self.asOf = asOf
        let scoring = ScoringRepository(db)
        assessed = try scoring.ranking(asOf: asOf, leavingOut: [.cancelled])
        ranking = try scoring.ranking(asOf: asOf)
        let estimates = Dictionary(uniqueKeysWithValues: assessed.projects.map { ($0.projectID, $0.result) })

        let projects = try ProjectRepository(db).list()
        let sums = try GrantSums(db, period: span)
        grantsApproved = sums.approvedGrants
        approvedOutsideProjects = sums.approved[nil] ?? .zero
        paidOutsideProjects = sums.paid[nil] ?? .zero
        historyHead = try HistoryRepository(db).chainHead()
        areas = outline.focusAreas.map { area in
            AreaResult(number: area.number, title: area.title, goals: area.goals.map { goal in
                Self.result(of: goal, projects: projects, sums: sums, estimates: estimates)
            })
        }
        uncoveredGoals = try ProjectRepository(db).coverage().filter { $0.level == "goal" }
        population = outline.indicators.first { $0.key == "population" }
        fundByYear = try Self.fundYears(db, year: year, asOf: asOf)
    }

    /// A goal's projects by status, and the money and estimates of the projects whose primary goal it is.
    private static func result(of goal: Goal, projects: [Project], sums: GrantSums,
                               estimates: [Int64: ScoringModel.Result]) -> GoalResult {
        let serving = projects.filter { $0.goals.contains(goal.code) }
        let primary = projects.filter { $0.goals.first == goal.code }
        var byStatus: [ProjectStatus: Int] = [:]
        for project in serving { byStatus[project.status, default: 0] += 1 }
        return GoalResult(
            code: goal.code, title: goal.title, projects: byStatus,
            approved: primary.reduce(.zero) { $0 + (sums.approved[$1.id] ?? .zero) },
            paid: primary.reduce(.zero) { $0 + (sums.paid[$1.id] ?? .zero) },
            jobs: primary.reduce(0) { $0 + (estimates[$1.id]?.jobsTotal ?? 0) },
            populationEffect: primary.reduce(0) { $0 + (estimates[$1.id]?.populationEffect ?? 0) })
    }

    /// Each fund at the end of every year from the first allocation to `year` (or the last allocated).
    private static func fundYears(_ db: PortfolioDatabase, year: Int?, asOf: Day) throws -> [FundStatus] {
        let funds = FundRepository(db)
        let firstYear: Int? = try db.connection.scalar("SELECT min(year) FROM allocation")
        let lastAllocated: Int? = try db.connection.scalar("SELECT max(year) FROM allocation")
        let lastYear = year ?? lastAllocated ?? asOf.year
        return try firstYear.map { first in
            try (first...max(first, lastYear)).flatMap { try funds.status(year: $0) }
        } ?? []
    }

    /// The plan's population change from its observed year to its first projection.
    public var projectedDecline: (from: Indicator.Value, to: Indicator.Value)? {
        guard let values = population?.values,
              let observed = values.last(where: { $0.kind == "observed" }),
              let projected = values.first(where: { $0.kind == "projected" }) else { return nil }
        return (observed, projected)
    }
}

/// Grants approved and money paid in a period, by project (nil: on no project).
private struct GrantSums {
    var approved: [Int64?: Money] = [:]
    var paid: [Int64?: Money] = [:]
    var approvedGrants: [Grant] = []

    init(_ db: PortfolioDatabase, period span: (first: Day, last: Day)?) throws {
        func inPeriod(_ day: Day?) -> Bool {
            guard let day else { return false }
            guard let span else { return true }
            return day >= span.first && day <= span.last
        }
        let repository = GrantRepository(db)
        for grant in try repository.list() {
            if inPeriod(grant.approvedOn), let amount = grant.amountApproved {
                approved[grant.projectID, default: .zero] = approved[grant.projectID, default: .zero] + amount
                approvedGrants.append(grant)
            }
            guard grant.paid > .zero else { continue }
            let paidInPeriod = try repository.payments(grant.id).filter { !$0.isRepayment && inPeriod($0.paidOn) }
                .reduce(Money.zero) { $0 + $1.amount }
            paid[grant.projectID, default: .zero] = paid[grant.projectID, default: .zero] + paidInPeriod
        }
    }
}
