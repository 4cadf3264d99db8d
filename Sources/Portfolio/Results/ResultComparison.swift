import Foundation

/// Jobs as an assessment estimates them and a result reports them: direct jobs,
/// and of those the competence and priority jobs.
public struct JobFigures: Equatable, Sendable {
    public var direct: Double
    public var competence: Double
    public var priority: Double

    public static let zero = JobFigures(direct: 0, competence: 0, priority: 0)

    /// Refuses direct jobs out of `Bounds.jobs`, and competence or priority jobs below 0 or
    /// above the direct jobs: the same rule for an assessment's estimate and a result.
    ///
    ///     try JobFigures(direct: 2, competence: 3, priority: 0).validate()   // refused
    func validate() throws {
        try Bounds.jobs.check(direct)
        let shares: [(Message.Key, Double)] = [("assessment.competence_jobs_above_direct", competence),
                                               ("assessment.priority_jobs_above_direct", priority)]
        for (key, value) in shares {
            guard value.isFinite, value >= 0, value <= direct else {
                throw PortfolioError.refused(Message(key, ["value": Self.jobs(value), "direct": Self.jobs(direct)]))
            }
        }
    }

    /// Jobs in a sentence: `5`, or `4,5` with the reader's decimal mark.
    private static func jobs(_ value: Double) -> Message.Argument {
        .decimal(value, places: value == value.rounded() ? 0 : 2)
    }

    public static func + (lhs: JobFigures, rhs: JobFigures) -> JobFigures {
        JobFigures(direct: lhs.direct + rhs.direct, competence: lhs.competence + rhs.competence, priority: lhs.priority + rhs.priority)
    }
}

/// Which assessment a project's result is set against.
public enum EstimateBasis: String, Choice {
    /// The latest assessment on or before the first day a grant for the project was approved:
    /// the estimate its money was granted on.
    case granted
    /// The project's latest assessment: it has no approved grant, or none assessed before one.
    case latest

    public static let catalogueName = "estimate_basis"
}

/// One project's estimate beside its result: every figure `mon results`, the
/// calibration and the board report show of it is defined here, once.
///
///     let row = try ResultRepository(db).comparisons().projects[0]
///     row.ratio   // realised ÷ estimated direct jobs; nil when the estimate is 0
public struct ResultComparison: Sendable {
    public let projectID: Int64
    public let name: String
    /// The primary goal's code (in the plan asked for, else the project's own); nil: none.
    public let goal: String?
    /// The sector of the estimate: the one its jobs were counted in.
    public let sector: Sector
    public let basis: EstimateBasis
    public let estimatedOn: Day
    /// Who made the estimate: the assessment's adviser.
    public let assessedBy: String
    public let estimated: JobFigures
    public let resultOn: Day
    public let realised: JobFigures
    /// The latest result is the project's final account.
    public let completed: Bool

    /// Realised ÷ estimated direct jobs; nil when nothing was estimated (never ∞ or NaN).
    public var ratio: Double? { Self.ratio(realised.direct, to: estimated.direct) }

    /// Realised − estimated direct jobs: what the adviser's estimate missed by.
    public var error: Double { realised.direct - estimated.direct }

    /// `real ÷ estimated`, nil when the estimate is 0.
    static func ratio(_ real: Double, to estimated: Double) -> Double? {
        estimated == 0 ? nil : real / estimated
    }
}

/// The estimates and results of several projects summed: per goal, per sector.
public struct ResultSum: Sendable {
    /// The goal's code or the sector's key; nil: projects on no goal.
    public let key: String?
    public let projects: Int
    public let estimated: JobFigures
    public let realised: JobFigures

    /// The ratio of the sums, Σ realised ÷ Σ estimated direct jobs (not a mean of ratios:
    /// a large project weighs as much as its jobs); nil when nothing was estimated.
    public var ratio: Double? { ResultComparison.ratio(realised.direct, to: estimated.direct) }

    /// The rows summed under each key, keys in the order given.
    static func sums(_ rows: [ResultComparison], keys: [String?], by key: (ResultComparison) -> String?) -> [ResultSum] {
        keys.compactMap { wanted in
            let group = rows.filter { key($0) == wanted }
            guard !group.isEmpty else { return nil }
            return ResultSum(key: wanted, projects: group.count, estimated: group.reduce(.zero) { $0 + $1.estimated },
                             realised: group.reduce(.zero) { $0 + $1.realised })
        }
    }
}

/// Every project with a result beside its estimate, summed per goal and per sector.
public struct ResultSummary: Sendable {
    public let projects: [ResultComparison]
    /// Per primary goal, in the order of the codes (projects on no goal last).
    public let byGoal: [ResultSum]
    /// Per sector, in the order of `Sector.allCases`.
    public let bySector: [ResultSum]

    public init(_ projects: [ResultComparison]) {
        self.projects = projects
        let goals = Set(projects.compactMap(\.goal)).sorted { $0.compare($1, options: .numeric) == .orderedAscending }
        byGoal = ResultSum.sums(projects, keys: goals + [nil], by: \.goal)
        bySector = ResultSum.sums(projects, keys: Sector.allCases.map(\.rawValue), by: \.sector.rawValue)
    }

    /// All the projects together.
    public var total: ResultSum {
        ResultSum(key: nil, projects: projects.count, estimated: projects.reduce(.zero) { $0 + $1.estimated },
                  realised: projects.reduce(.zero) { $0 + $1.realised })
    }
}
