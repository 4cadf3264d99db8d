import SQLite

/// Projects' results, and each set beside the estimate its money was granted on.
///
///     let results = ResultRepository(db)
///     try results.record(ProjectResult(projectID: 7, resultOn: day, directJobs: 4))
///     let summary = try results.comparisons(ResultRepository.Filter(sector: .industry))
public struct ResultRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Which projects `comparisons` sets side by side.
    public struct Filter: Sendable {
        /// The primary goal's code (in `plan` when given).
        public var goal: String?
        /// The estimate's sector.
        public var sector: Sector?
        /// Only projects serving a goal of this plan, counted under their goal in it.
        public var plan: Int64?
        /// Results and assessments up to the end of this day; nil: everything recorded.
        public var asOf: Day?

        public init(goal: String? = nil, sector: Sector? = nil, plan: Int64? = nil, asOf: Day? = nil) {
            self.goal = goal
            self.sector = sector
            self.plan = plan
            self.asOf = asOf
        }
    }

    /// A recorded result, with who recorded it and when.
    public struct Recorded: Sendable {
        public let result: ProjectResult
        /// The moment it was recorded (UTC, ISO).
        public let recordedAt: String
    }

    /// Records a result; earlier ones stay, and the latest by date (then by id) counts.
    @discardableResult
    public func record(_ result: ProjectResult, today: Day = .today()) throws -> Int64 {
        try result.validate()
        // A result is what was achieved: the latest counts, so one dated ahead would hide every real one.
        guard result.resultOn <= today else {
            throw PortfolioError.refused(Message("result.dated_ahead", ["date": .day(result.resultOn), "today": .day(today)]))
        }
        let note = try Text.freeText(result.note, of: "text.what.result_note")
        return try db.write {
            guard try ProjectRepository(db).exists(result.projectID) else {
                throw PortfolioError.notFound(Message("project.not_found", ["id": .text("\(result.projectID)")]))
            }
            try db.connection.execute("""
                INSERT INTO project_result (project_id, result_on, recorded_by, direct_jobs, competence_jobs, priority_jobs,
                    establishments, private_capital_ore, other_public_ore, completed, note)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [result.projectID, result.resultOn.iso, db.actor, result.directJobs, result.competenceJobs, result.priorityJobs,
                      result.establishments.map(Int64.init), result.privateCapital?.ore, result.otherPublic?.ore, result.completed, note])
            return db.connection.lastInsertedRowID
        }
    }

    /// Every result of a project, oldest first: the last one counts.
    public func results(of projectID: Int64) throws -> [Recorded] {
        guard try ProjectRepository(db).exists(projectID) else {
            throw PortfolioError.notFound(Message("project.not_found", ["id": .text("\(projectID)")]))
        }
        return try db.connection.map("SELECT * FROM project_result WHERE project_id = ? ORDER BY result_on, id", [projectID]) { row in
            var result = ProjectResult(
                projectID: try row.get("project_id"), resultOn: try row.get("result_on", as: Day.self),
                directJobs: try row.get("direct_jobs"), competenceJobs: try row.get("competence_jobs"),
                priorityJobs: try row.get("priority_jobs"), establishments: try row.get("establishments", as: Int64?.self).map { Int($0) },
                privateCapital: try row.get("private_capital_ore", as: Int64?.self).map(Money.init(ore:)),
                otherPublic: try row.get("other_public_ore", as: Int64?.self).map(Money.init(ore:)),
                completed: try row.get("completed", as: Int64.self) == 1, note: try row.get("note"))
            result.id = try row.get("id")
            result.recordedBy = try row.get("recorded_by")
            return Recorded(result: result, recordedAt: try row.get("recorded_at"))
        }
    }

    /// Each project's latest result beside its estimate (see `EstimateBasis`), summed per goal and sector.
    /// A project with a result but no assessment has no estimate to set it against and is left out.
    public func comparisons(_ filter: Filter = Filter()) throws -> ResultSummary {
        if let plan = filter.plan { _ = try PlanRepository(db).plan(id: plan) }
        if let goal = filter.goal { try checkGoal(goal, plan: filter.plan) }
        // Without a day, every date is counted: ISO dates sort as text, and none is after 9999-12-31.
        let rows = try db.connection.map(Self.comparisonQuery, [filter.asOf?.iso ?? "9999-12-31", filter.plan], Self.comparison(from:))
        return ResultSummary(rows.filter { row in
            (filter.goal == nil || row.goal == filter.goal) && (filter.sector == nil || row.sector == filter.sector)
                && (filter.plan == nil || row.goal != nil)
        })
    }

    /// A goal asked for must be one: of the plan given, else of any plan.
    private func checkGoal(_ code: String, plan: Int64?) throws {
        let found = try db.connection.scalar("""
            SELECT count(*) FROM goal JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE goal.code = ? AND (?2 IS NULL OR focus_area.plan_id = ?2)
            """, [code, plan], as: Int64.self) ?? 0
        guard found > 0 else { throw PortfolioError.notFound(Message("result.goal_not_found", ["code": .text(code)])) }
    }

    /// ?1: the last day counted; ?2: the plan whose goals name the projects' goals (NULL: each project's primary goal).
    private static let comparisonQuery = """
        WITH latest AS (
            SELECT result.* FROM project_result AS result
            WHERE result.id = (SELECT later.id FROM project_result AS later
                               WHERE later.project_id = result.project_id AND later.result_on <= ?1
                               ORDER BY later.result_on DESC, later.id DESC LIMIT 1)),
        granted AS (
            SELECT project_id, min(approved_on) AS day FROM "grant"
            WHERE project_id IS NOT NULL AND approved_on IS NOT NULL AND approved_on <= ?1 GROUP BY project_id),
        chosen AS (
            SELECT latest.*,
                (SELECT assessment.id FROM assessment WHERE assessment.project_id = latest.project_id
                 AND assessment.assessed_on <= granted.day ORDER BY assessment.assessed_on DESC, assessment.id DESC LIMIT 1) AS granted_id,
                (SELECT assessment.id FROM assessment WHERE assessment.project_id = latest.project_id
                 AND assessment.assessed_on <= ?1 ORDER BY assessment.assessed_on DESC, assessment.id DESC LIMIT 1) AS latest_id
            FROM latest LEFT JOIN granted ON granted.project_id = latest.project_id)
        SELECT chosen.project_id, project.name, chosen.result_on, chosen.completed,
            chosen.direct_jobs, chosen.competence_jobs, chosen.priority_jobs,
            estimate.assessed_on, estimate.assessed_by, estimate.sector, estimate.direct_jobs AS estimated_direct,
            estimate.competence_jobs AS estimated_competence, estimate.priority_jobs AS estimated_priority,
            CASE WHEN chosen.granted_id IS NOT NULL THEN 'granted' ELSE 'latest' END AS basis,
            (SELECT goal.code FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
             JOIN focus_area ON focus_area.id = goal.focus_area_id
             WHERE project_goal.project_id = project.id AND (?2 IS NULL OR focus_area.plan_id = ?2)
             ORDER BY project_goal.is_primary DESC, focus_area.plan_id, goal.code LIMIT 1) AS goal
        FROM chosen JOIN project ON project.id = chosen.project_id
        JOIN assessment AS estimate ON estimate.id = coalesce(chosen.granted_id, chosen.latest_id)
        ORDER BY chosen.project_id
        """

    private static func comparison(from row: StatementRow) throws -> ResultComparison {
        ResultComparison(
            projectID: try row.get("project_id"), name: try row.get("name"), goal: try row.get("goal"),
            sector: try Sector(parsing: try row.get("sector")), basis: try EstimateBasis(parsing: try row.get("basis")),
            estimatedOn: try row.get("assessed_on", as: Day.self), assessedBy: try row.get("assessed_by"),
            estimated: JobFigures(direct: try row.get("estimated_direct"), competence: try row.get("estimated_competence"),
                                  priority: try row.get("estimated_priority")),
            resultOn: try row.get("result_on", as: Day.self),
            realised: JobFigures(direct: try row.get("direct_jobs"), competence: try row.get("competence_jobs"),
                                 priority: try row.get("priority_jobs")),
            completed: try row.get("completed", as: Int64.self) == 1)
    }
}
