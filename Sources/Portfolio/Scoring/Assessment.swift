/// What an assessment is of: a project of MON's portfolio, or an application to the fund.
public enum AssessedSubject: Equatable, Sendable {
    case project(Int64)
    case grant(Int64)
}

/// One assessment of a project's or an application's ringvirkning: what it does
/// for jobs and the community, how likely it is to happen, and what it asks of the fund.
///
///     let assessment = Assessment(.grant(12), assessedOn: day, directJobs: 3, feasibility: 4)
public struct Assessment: Equatable, Sendable {
    public var id: Int64 = 0
    public var subject: AssessedSubject
    public var assessedOn: Day
    public var assessedBy: String = ""
    /// New or secured permanent jobs (årsverk).
    public var directJobs: Double
    /// Of those, jobs that need higher education.
    public var competenceJobs: Double = 0
    /// Of those, jobs for women or young people.
    public var priorityJobs: Double = 0
    public var sector: Sector = .other
    /// Bolyst, 0–5.
    public var attractiveness: Int = 0
    public var green: Int = 0
    public var innovation: Int = 0
    public var visibility: Int = 0
    public var collaboration: Int = 0
    /// Realiseringspotensial, 0–5.
    public var feasibility: Int
    /// What the project needs from the fund.
    public var request: Money = .zero

    public init(_ subject: AssessedSubject, assessedOn: Day, directJobs: Double, competenceJobs: Double = 0, priorityJobs: Double = 0,
                sector: Sector = .other, attractiveness: Int = 0, green: Int = 0, innovation: Int = 0, visibility: Int = 0,
                collaboration: Int = 0, feasibility: Int, request: Money = .zero) {
        self.subject = subject
        self.assessedOn = assessedOn
        self.directJobs = directJobs
        self.competenceJobs = competenceJobs
        self.priorityJobs = priorityJobs
        self.sector = sector
        self.attractiveness = attractiveness
        self.green = green
        self.innovation = innovation
        self.visibility = visibility
        self.collaboration = collaboration
        self.feasibility = feasibility
        self.request = request
    }

    /// The five criteria an adviser scores directly, 0–5.
    var assessedCriteria: [Criterion: Int] {
        [.attractiveness: attractiveness, .green: green, .innovation: innovation, .visibility: visibility,
         .collaboration: collaboration]
    }

    /// Refuses any input out of its range, naming it.
    public func validate() throws {
        try JobFigures(direct: directJobs, competence: competenceJobs, priority: priorityJobs).validate()
        for (criterion, value) in assessedCriteria.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where !(0...5).contains(value) {
            throw PortfolioError.invalidInput(Message("assessment.score_range", ["criterion": .message(criterion.words), "value": .text("\(value)")]))
        }
        guard (0...5).contains(feasibility) else { throw PortfolioError.invalidInput(Message("assessment.feasibility_range", ["feasibility": .text("\(feasibility)")])) }
        guard request >= .zero else { throw PortfolioError.refused(Message("assessment.request_negative")) }
    }
}
