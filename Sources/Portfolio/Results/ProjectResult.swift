/// What a project achieved, recorded on a day: the jobs it made real, and what
/// else it brought. Results are append-only; the latest by date (then by id)
/// is the one that counts, and one marked `completed` is the project's final account.
///
///     let result = ProjectResult(projectID: 7, resultOn: day, directJobs: 4, competenceJobs: 1, completed: true)
///     try ResultRepository(db).record(result)
public struct ProjectResult: Equatable, Sendable {
    public var id: Int64 = 0
    public var projectID: Int64
    public var resultOn: Day
    /// Who recorded it: the actor of the command.
    public var recordedBy: String = ""
    /// Realised permanent jobs (årsverk).
    public var directJobs: Double
    /// Of those, jobs that need higher education.
    public var competenceJobs: Double
    /// Of those, jobs for women or young people.
    public var priorityJobs: Double
    /// New businesses established; nil: not counted.
    public var establishments: Int?
    /// Private capital the project drew in; nil: not counted.
    public var privateCapital: Money?
    /// Other public money the project drew in; nil: not counted.
    public var otherPublic: Money?
    /// The project's final account: calibration uses only projects whose latest result is one.
    public var completed: Bool
    public var note: String?

    public init(projectID: Int64, resultOn: Day, directJobs: Double, competenceJobs: Double = 0, priorityJobs: Double = 0,
                establishments: Int? = nil, privateCapital: Money? = nil, otherPublic: Money? = nil, completed: Bool = false,
                note: String? = nil) {
        self.projectID = projectID
        self.resultOn = resultOn
        self.directJobs = directJobs
        self.competenceJobs = competenceJobs
        self.priorityJobs = priorityJobs
        self.establishments = establishments
        self.privateCapital = privateCapital
        self.otherPublic = otherPublic
        self.completed = completed
        self.note = note
    }

    /// Refuses a figure out of its range, naming it: the same bounds an assessment's jobs have.
    /// (Amounts are never negative nor too large once read by `Money(parsing:)`; the schema holds the same.)
    public func validate() throws {
        try JobFigures(direct: directJobs, competence: competenceJobs, priority: priorityJobs).validate()
        if let establishments { try Bounds.establishments.check(establishments) }
    }
}
