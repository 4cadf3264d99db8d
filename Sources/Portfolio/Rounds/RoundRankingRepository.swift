import SQLite

extension RoundRepository {
    /// The round's undecided applications ranked as they stood at the end of `day`, the
    /// decision day: each scored by its latest assessment then, with the model of then, and
    /// marked with every reason it cannot be approved as applied that day.
    ///
    ///     let ranking = try RoundRepository(db).ranking("Vår 2026", asOf: day)
    ///     ranking.applications.filter(\.approvable)
    public func ranking(_ reference: String, asOf day: Day) throws -> RoundRanking {
        let round = try self.round(reference)
        return try ranking(of: round, try applications(of: round).filter { $0.grant.status == .applied }, asOf: day)
    }

    /// The applications given, of the round, ranked as they stood at the end of `day`.
    func ranking(of round: Round, _ undecided: [RoundApplication], asOf day: Day) throws -> RoundRanking {
        let scoring = ScoringRepository(db)
        let model = try scoring.model(asOf: day)
        let personsPerJob = try ParameterRepository(db).number(.personsPerJob, on: day)
        let assessments = try scoring.latestAssessments(ofGrants: undecided.map(\.grant.id), asOf: day)
        let areas = try focusAreas(of: undecided.compactMap(\.grant.projectID))
        var facts = try RoundFacts(db, day: day)
        let ranked = try undecided.map { application in
            let grant = application.grant
            let assessment = assessments[grant.id]
            let deMinimis = try facts.deMinimis(of: grant)
            var obstacles = RoundRules.obstacles(of: grant, facts: try facts.facts(for: grant, position: deMinimis?.position))
            if application.late {
                obstacles.insert((.late, Message("round.obstacle.late", ["grant": .text("\(grant.id)"), "deadline": .day(round.deadline)])), at: 0)
            }
            if assessment == nil {
                obstacles.insert((.notAssessed, Message("round.obstacle.not_assessed", ["grant": .text("\(grant.id)")])), at: 0)
            }
            return RankedApplication(rank: nil, application: application, assessment: assessment,
                                     result: assessment.map { model.score($0, personsPerJob: personsPerJob) },
                                     focusArea: grant.projectID.flatMap { areas[$0] }, obstacles: obstacles, deMinimis: deMinimis?.share)
        }
        return RoundRanking(round: round, asOf: day, model: model, personsPerJob: personsPerJob, applications: Self.ordered(ranked))
    }

    /// The assessed ones in the order of every ranking, numbered from 1; then the unassessed ones by id.
    static func ordered(_ applications: [RankedApplication]) -> [RankedApplication] {
        let assessed = applications.filter { $0.result != nil }.sorted { a, b in
            Ranking.precedes((a.score ?? 0, a.grant.amountApplied, a.grant.id), (b.score ?? 0, b.grant.amountApplied, b.grant.id))
        }
        let numbered = assessed.enumerated().map { index, application in
            var application = application
            application.rank = index + 1
            return application
        }
        return numbered + applications.filter { $0.result == nil }.sorted { $0.grant.id < $1.grant.id }
    }

    /// The focus area of each project's primary goal.
    private func focusAreas(of projects: [Int64]) throws -> [Int64: Int] {
        let rows = try db.connection.rows("""
            SELECT project_goal.project_id, focus_area.number FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_goal.is_primary = 1 AND project_goal.project_id IN (SELECT value FROM json_each(?))
            """, ["[" + projects.map(String.init).joined(separator: ",") + "]"])
        return Dictionary(try rows.map { (try $0.get(0, as: Int64.self), try $0.get(1, as: Int.self)) }, uniquingKeysWith: { first, _ in first })
    }
}

/// The facts of a decision day that the rules ask about each application, each fund's read once.
struct RoundFacts {
    let db: PortfolioDatabase
    let day: Day
    let limits: GrantLimits
    let rate: Double?
    private var fundDays: [Int64: [FundLowPoint]] = [:]

    init(_ db: PortfolioDatabase, day: Day) throws {
        self.db = db
        self.day = day
        limits = try ParameterRepository(db).limits(on: day)
        rate = try EuroRateRepository(db).rate(given: nil, on: day)?.nokPerEuro
    }

    /// For de minimis aid: the undertaking's position without this application and,
    /// at a known rate, what the application would take of its headroom.
    func deMinimis(of grant: Grant) throws -> (position: DeMinimisPosition, share: (undertaking: Int64, award: Euro, headroom: Euro)?)? {
        guard grant.basis == .deMinimis else { return nil }
        let repository = DeMinimisRepository(db)
        let position = try repository.position(partnerID: grant.applicantID, on: day, excludingGrant: grant.id)
        let share = try rate.map { rate in
            (undertaking: try repository.undertakingIDs(of: grant.applicantID).first ?? grant.applicantID,
             award: Euro(grant.amountApplied, rate: rate), headroom: position.headroom)
        }
        return (position, share)
    }

    mutating func facts(for grant: Grant, position: DeMinimisPosition?) throws -> RoundRules.Facts {
        if fundDays[grant.fundID] == nil { fundDays[grant.fundID] = try FundRepository(db).availability(fundID: grant.fundID, from: day) }
        return RoundRules.Facts(day: day, limits: limits, rate: rate, deMinimis: position, fundDays: fundDays[grant.fundID] ?? [])
    }
}
