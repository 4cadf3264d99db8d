import SQLite

/// Assessments, versions of the scoring model, and the rankings they give.
///
///     let scoring = ScoringRepository(db)
///     try scoring.assess(Assessment(.project(7), assessedOn: day, directJobs: 12, sector: .industry, feasibility: 4))
///     let ranking = try scoring.ranking(asOf: day)
public struct ScoringRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Records a new assessment of a project or an application; earlier ones stay,
    /// so a ranking can be reproduced as it stood.
    @discardableResult
    public func assess(_ assessment: Assessment) throws -> Int64 {
        try assessment.validate()
        return try db.write {
            let (projectID, grantID): (Int64?, Int64?)
            switch assessment.subject {
            case .project(let id):
                guard try ProjectRepository(db).exists(id) else {
                    throw PortfolioError.notFound(Message("project.not_found", ["id": .text("\(id)")]))
                }
                (projectID, grantID) = (id, nil)
            case .grant(let id):
                _ = try GrantRepository(db).grant(id)
                (projectID, grantID) = (nil, id)
            }
            try db.connection.execute("""
                INSERT INTO assessment (project_id, grant_id, assessed_on, assessed_by, direct_jobs, competence_jobs, priority_jobs,
                    sector, attractiveness, green, innovation, visibility, collaboration, feasibility, request_ore)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [projectID, grantID, assessment.assessedOn.iso, db.actor, assessment.directJobs, assessment.competenceJobs,
                      assessment.priorityJobs, assessment.sector.rawValue, assessment.attractiveness, assessment.green,
                      assessment.innovation, assessment.visibility, assessment.collaboration, assessment.feasibility,
                      assessment.request.ore])
            return db.connection.lastInsertedRowID
        }
    }

    /// Every version of the model, oldest first.
    public func models() throws -> [ScoringModel] {
        let weights = try db.connection.rows("SELECT model_id, criterion, weight FROM model_weight")
        let multipliers = try db.connection.rows("SELECT model_id, sector, multiplier FROM model_multiplier")
        return try db.connection.rows("SELECT id, valid_from FROM scoring_model ORDER BY valid_from, id").map { row in
            let version: Int64 = try row.get(0)
            var modelWeights: [Criterion: Double] = [:]
            for weight in weights where try weight.get(0, as: Int64.self) == version {
                modelWeights[try Criterion(parsing: try weight.get(1))] = try weight.get(2)
            }
            var modelMultipliers: [Sector: Double] = [:]
            for multiplier in multipliers where try multiplier.get(0, as: Int64.self) == version {
                modelMultipliers[try Sector(parsing: try multiplier.get(1))] = try multiplier.get(2)
            }
            return ScoringModel(version: version, validFrom: try row.get(1), weights: modelWeights, multipliers: modelMultipliers)
        }
    }

    /// The version valid at the end of `day`.
    public func model(asOf day: Day) throws -> ScoringModel {
        guard let model = try models().last(where: { $0.validFrom <= Self.endOf(day) }) else {
            throw PortfolioError.notFound(Message("scoring.no_model_on", ["day": .day(day)]))
        }
        return model
    }

    /// Makes a new version with some weights and multipliers changed, valid from
    /// `day` (today when nil). A version never starts before today: an earlier
    /// ranking is never rewritten.
    @discardableResult
    public func changeModel(weights: [Criterion: Double] = [:], multipliers: [Sector: Double] = [:], from day: Day? = nil) throws -> Int64 {
        for (criterion, weight) in weights.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try Bounds.weight.check(weight, naming: Message("bound.weight_of", ["criterion": .message(criterion.words)]))
        }
        for (sector, multiplier) in multipliers.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try Bounds.multiplier.check(multiplier, naming: Message("bound.multiplier_of", ["sector": .message(sector.words)]))
        }
        return try db.write {
            let today = Day.today()
            let start = day ?? today
            guard start >= today else {
                throw PortfolioError.refused(Message("scoring.model_starts_today", ["start": .day(start)]))
            }
            let current = try model(asOf: start)
            let newWeights = current.weights.merging(weights) { $1 }
            guard newWeights.values.reduce(0, +) > 0 else { throw PortfolioError.refused(Message("scoring.weights_all_zero")) }
            let validFrom: String = day == nil
                ? try db.connection.scalar("SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")!
                : start.iso + "T00:00:00.000Z"
            guard validFrom > current.validFrom else {
                throw PortfolioError.refused(Message("scoring.model_starts_after", ["version": .text("\(current.version)"), "from": .text(current.validFrom)]))
            }
            try db.connection.execute("INSERT INTO scoring_model (valid_from, created_by, note) VALUES (?, ?, ?)",
                                      [validFrom, db.actor, Self.describe(weights: weights, multipliers: multipliers)])
            let version = db.connection.lastInsertedRowID
            for criterion in Criterion.allCases {
                try db.connection.execute("INSERT INTO model_weight (model_id, criterion, weight) VALUES (?, ?, ?)",
                                          [version, criterion.rawValue, newWeights[criterion] ?? 0])
            }
            for sector in Sector.allCases {
                try db.connection.execute("INSERT INTO model_multiplier (model_id, sector, multiplier) VALUES (?, ?, ?)",
                                          [version, sector.rawValue, multipliers[sector] ?? current.multipliers[sector] ?? 1])
            }
            return version
        }
    }

    /// The latest assessment of each project as of `day`, leaving out projects with the given statuses
    /// (by default the completed and cancelled ones: there is nothing left to prioritise in them).
    func candidates(asOf day: Day, leavingOut statuses: Set<ProjectStatus> = [.completed, .cancelled]) throws -> [Candidate] {
        let excluded = "[" + statuses.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: ",") + "]"
        return try db.connection.map("""
            SELECT assessment.*, project.name AS project_name, project.status AS project_status,
                   (SELECT focus_area.number FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
                    JOIN focus_area ON focus_area.id = goal.focus_area_id
                    WHERE project_goal.project_id = project.id AND project_goal.is_primary = 1) AS focus_area
            FROM assessment JOIN project ON project.id = assessment.project_id
            WHERE project.status NOT IN (SELECT value FROM json_each(?2))
              AND assessment.id = (SELECT latest.id FROM assessment AS latest
                                   WHERE latest.project_id = assessment.project_id AND latest.assessed_on <= ?1
                                   ORDER BY latest.assessed_on DESC, latest.id DESC LIMIT 1)
            ORDER BY assessment.project_id
            """, [day.iso, excluded]) { row in
            Candidate(projectID: try row.get("project_id"), name: try row.get("project_name"),
                      status: try ProjectStatus(parsing: try row.get("project_status")),
                      focusArea: try row.get("focus_area"), assessment: try Self.assessment(from: row))
        }
    }

    /// The ranking as it stood at the end of `day`: each project's latest assessment
    /// then, scored by the model version and persons-per-job valid then.
    public func ranking(asOf day: Day, leavingOut statuses: Set<ProjectStatus> = [.completed, .cancelled]) throws -> Ranking {
        let model = try model(asOf: day)
        let personsPerJob = try ParameterRepository(db).number(.personsPerJob, on: day)
        let scored = try candidates(asOf: day, leavingOut: statuses).map { ($0, model.score($0.assessment, personsPerJob: personsPerJob)) }
        return Ranking(asOf: day, model: model, personsPerJob: personsPerJob, projects: Ranking.ordered(scored))
    }

    /// The latest assessment of each of the applications as of `day`, by grant id; an unassessed one has none.
    public func latestAssessments(ofGrants ids: [Int64], asOf day: Day) throws -> [Int64: Assessment] {
        let wanted = "[" + ids.map(String.init).joined(separator: ",") + "]"
        let assessments = try db.connection.map("""
            SELECT * FROM assessment
            WHERE grant_id IN (SELECT value FROM json_each(?2))
              AND id = (SELECT latest.id FROM assessment AS latest
                        WHERE latest.grant_id = assessment.grant_id AND latest.assessed_on <= ?1
                        ORDER BY latest.assessed_on DESC, latest.id DESC LIMIT 1)
            """, [day.iso, wanted], Self.assessment(from:))
        return Dictionary(uniqueKeysWithValues: assessments.compactMap { assessment in
            guard case .grant(let id) = assessment.subject else { return nil }
            return (id, assessment)
        })
    }

    /// Every assessment of a project, oldest first.
    public func assessments(of projectID: Int64) throws -> [Assessment] {
        try db.connection.map("SELECT * FROM assessment WHERE project_id = ? ORDER BY assessed_on, id", [projectID],
                              Self.assessment(from:))
    }

    static func endOf(_ day: Day) -> String { day.iso + "T23:59:59.999Z" }

    static func describe(weights: [Criterion: Double], multipliers: [Sector: Double]) -> String {
        (weights.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue)=\($0.value)" }
            + multipliers.sorted { $0.key.rawValue < $1.key.rawValue }.map { "multiplier.\($0.key.rawValue)=\($0.value)" })
            .joined(separator: " ")
    }

    static func assessment(from row: StatementRow) throws -> Assessment {
        let grantID: Int64? = try row.get("grant_id")
        let subject: AssessedSubject = try grantID.map(AssessedSubject.grant) ?? .project(try row.get("project_id"))
        var assessment = Assessment(
            subject, assessedOn: try row.get("assessed_on", as: Day.self),
            directJobs: try row.get("direct_jobs"), competenceJobs: try row.get("competence_jobs"),
            priorityJobs: try row.get("priority_jobs"), sector: try Sector(parsing: try row.get("sector")),
            attractiveness: try row.get("attractiveness"), green: try row.get("green"), innovation: try row.get("innovation"),
            visibility: try row.get("visibility"), collaboration: try row.get("collaboration"),
            feasibility: try row.get("feasibility"), request: Money(ore: try row.get("request_ore")))
        assessment.id = try row.get("id")
        assessment.assessedBy = try row.get("assessed_by")
        return assessment
    }
}
