/// What the plan has achieved, for the board and the municipal council:
/// "Resultatene er det MON skal måles på".
///
///     let report = try BoardReport(db, year: 2024)
///     report.totals.inForce   // tilsagn i kraft on the year's grants
///     try BoardReport(db, year: 2019, planID: 2).ranking   // nil: no model version was valid yet
///
/// Its money is the figures of `GrantFigures`: with a year, those of the grants
/// approved in it as they stood at its end; without, of every grant. The ranking,
/// the estimates and the fund are taken as they stood at the end of the year, and
/// only projects on record by then are counted. Projects, jobs, population effect
/// and money are all counted under each project's primary goal, so that goals add
/// up to their area and areas to the whole.
public struct BoardReport: Sendable {
    /// One goal's results.
    public struct GoalResult: Sendable {
        public let code: String
        public let title: String
        /// Projects counted for results (planned, active, completed) whose primary goal this is, by status.
        public let projects: [ProjectStatus: Int]
        /// The money of the grants on those projects.
        public let figures: GrantFigures
        /// Expected jobs: Σ jobs × feasibility ÷ 5.
        public let jobs: Double
        /// Expected population effect: Σ population effect × feasibility ÷ 5.
        public let populationEffect: Double

        public var projectCount: Int { projects.values.reduce(0, +) }
    }

    /// One focus area's goals and totals.
    public struct AreaResult: Sendable {
        public let number: Int
        public let title: String
        public let goals: [GoalResult]

        public var figures: GrantFigures { goals.reduce(.none) { $0 + $1.figures } }
        public var projectCount: Int { goals.reduce(0) { $0 + $1.projectCount } }
        public var jobs: Double { goals.reduce(0) { $0 + $1.jobs } }
        public var populationEffect: Double { goals.reduce(0) { $0 + $1.populationEffect } }
    }

    /// The projects whose estimates count toward results: ideas are not yet
    /// plans, and cancelled projects deliver nothing.
    public static let countedStatuses: [ProjectStatus] = [.planned, .active, .completed]

    public let plan: Plan
    /// Whether the plan's period is over on the report's day, and which plan is current then.
    public let period: PlanPeriod
    public let year: Int?
    /// The day the estimates and the ranking are taken as of; the money is counted as
    /// `fund status` counts it, at the end of `year` or with everything recorded.
    public let asOf: Day
    public let areas: [AreaResult]
    /// The money of every grant in the report (the year's grants, or all).
    public let totals: GrantFigures
    /// Allocated to the funds (up to the end of `year`): the whole that money in force belongs to.
    public let allocated: Money
    /// Grants on no project (or on a project with no goal), which no goal carries.
    public let outsideGoals: GrantFigures
    /// Goals no planned or active project serves.
    public let uncoveredGoals: [UncoveredItem]
    public let population: Indicator?
    /// The plan's indicators as they stood at the end of the year: measured values up to it.
    public let indicators: [Indicator]
    /// The projects to prioritise now: the ranking without completed and cancelled projects;
    /// nil before the first version of the scoring model, when nothing could be ranked.
    public let ranking: Ranking?
    /// The first version of the scoring model, for saying why there is no ranking.
    public let firstModel: ScoringModel?
    /// All funds together, year by year to the report's year.
    public let fundYears: [FundYear]
    /// The largest grants approved in the period (at most `listed`, by amount granted), with where each
    /// stands: what the public may see of them. A board reads the largest decisions, not a million rows.
    public let grants: [Grant]
    /// Every grant approved in the period, as `mon grant list --public` lists them: how many, and their sums.
    public let allGrants: GrantListTotals
    /// Each listed grant's approval as recorded: who decided, on which case, who stepped aside.
    public let approvals: [Int64: DecisionRecord]
    /// The history's last sealed row when the report was made: an auditor holding
    /// the report can later show that nothing before it has changed.
    public let historyHead: ChainHead?
    /// "Anslått mot oppnådd": the plan's projects with results, beside their estimates, as they stood on `asOf`.
    public let results: ResultSummary
    /// The application rounds of the period, each with the ranking behind its decision.
    public let rounds: [RoundSummary]

    /// How many grants, and how many of the highest-ranked projects, the report lists; the rest are
    /// in `mon grant list --public` and `mon rank`.
    public static let listed = 20

    public var projectCount: Int { areas.reduce(0) { $0 + $1.projectCount } }
    public var jobs: Double { areas.reduce(0) { $0 + $1.jobs } }
    public var populationEffect: Double { areas.reduce(0) { $0 + $1.populationEffect } }

    /// The report of plan `planID` (the plan current on the report's day when nil) for `year` (all years when nil).
    public init(_ db: PortfolioDatabase, year: Int? = nil, planID: Int64? = nil) throws {
        let span = try year.map { try Day.span(of: $0) }
        let asOf = span.map { min($0.last, Day.today()) } ?? Day.today()
        // The plan and its period are judged at the year's end (a fixed day), else on the day the report is made.
        let day = span?.last ?? Day.today()
        let outline = try PlanRepository(db).outline(planID: planID, on: day)
        self.plan = outline.plan
        period = try PlanPeriod(of: outline.plan, on: day, in: db)
        self.year = year
        self.asOf = asOf
        let scoring = ScoringRepository(db)
        firstModel = try scoring.models().first
        let ranked = firstModel.map { ScoringRepository.endOf(asOf) >= $0.validFrom } ?? false
        // Scored once: the estimates count completed projects, the ranking does not.
        let scored = ranked ? try scoring.ranking(asOf: asOf, leavingOut: [.cancelled]) : nil
        ranking = scored?.leavingOut([.completed])
        let estimates = Dictionary(uniqueKeysWithValues: (scored?.projects ?? []).map { ($0.projectID, $0) })
        let figures = FiguresRepository(db)
        // The money as `fund status` counts it: at the year's end, or everything recorded.
        let scope = GrantScope(approvedIn: span, asOf: span?.last)
        let byProject = try figures.byProject(scope)
        // Every grant has a project or none: the totals are the projects' figures added up, without a second scan.
        totals = byProject.values.reduce(.none, +)
        allocated = try figures.position(fundID: nil, asOf: span?.last).allocated
        // Goal codes repeat from plan to plan: a goal holds the projects whose primary goal it is in this plan.
        let byGoal = Dictionary(grouping: try ProjectRepository(db).onRecord(by: asOf, in: outline.plan.id)) { $0.goals.first }
        areas = outline.focusAreas.map { area in
            AreaResult(number: area.number, title: area.title, goals: area.goals.map { goal in
                Self.result(of: goal, projects: byGoal[goal.code] ?? [], money: byProject, estimates: estimates)
            })
        }
        outsideGoals = Self.outside(areas, of: totals)
        uncoveredGoals = try ProjectRepository(db).coverage(planID: outline.plan.id).filter { $0.level == "goal" }
        population = outline.indicators.first { $0.key == "population" }
        indicators = outline.indicators.map { $0.seen(through: year) }
        fundYears = try figures.years(through: year)
        // A public grant is approved: its year is that of its approval, the report's span, chosen in SQL.
        let publicGrants = GrantRepository.Filter(year: year, publicOnly: true)
        grants = try GrantRepository(db).largest(publicGrants, count: Self.listed)
        allGrants = try GrantRepository(db).listTotals(publicGrants)
        approvals = try GrantRepository(db).approvalRecords(of: grants.map(\.id))
        historyHead = try HistoryRepository(db).chainHead()
        results = try ResultRepository(db).comparisons(ResultRepository.Filter(plan: outline.plan.id, asOf: asOf))
        rounds = try RoundSummary.all(db, year: year, asOf: asOf)
    }

    /// A goal's counted projects by status, with their money and expected estimates.
    private static func result(of goal: Goal, projects: [Project], money: [Int64?: GrantFigures],
                               estimates: [Int64: RankedProject]) -> GoalResult {
        let counted = projects.filter { countedStatuses.contains($0.status) }
        var byStatus: [ProjectStatus: Int] = [:]
        for project in counted { byStatus[project.status, default: 0] += 1 }
        let expected = counted.compactMap { estimates[$0.id] }.map { (weight: Double($0.assessment.feasibility) / 5, result: $0.result) }
        return GoalResult(
            code: goal.code, title: goal.title, projects: byStatus,
            figures: projects.reduce(.none) { $0 + (money[$1.id] ?? .none) },
            jobs: expected.reduce(0) { $0 + $1.weight * $1.result.jobsTotal },
            populationEffect: expected.reduce(0) { $0 + $1.weight * $1.result.populationEffect })
    }

    /// What the goals do not carry: the totals less every goal's money.
    private static func outside(_ areas: [AreaResult], of totals: GrantFigures) -> GrantFigures {
        totals - areas.reduce(GrantFigures.none) { $0 + $1.figures }
    }

    /// The plan's population change from its observed year to its first projection.
    public var projectedDecline: (from: Indicator.Value, to: Indicator.Value)? {
        guard let values = population?.values,
              let observed = values.last(where: { $0.kind == "observed" }),
              let projected = values.first(where: { $0.kind == "projected" }) else { return nil }
        return (observed, projected)
    }
}
