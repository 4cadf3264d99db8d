import SQLite

/// Projects in the database: add, change, move along their status, link to partners, list.
///
///     let projects = ProjectRepository(db)
///     let id = try projects.add(Project(name: "Vefsn ByLab", goals: ["3.4"], strategies: ["3.4a"]))
///     try projects.setStatus(id, .planned, note: "Vedtatt i styret")
public struct ProjectRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Registers a project and returns its id.
    @discardableResult
    public func add(_ project: Project) throws -> Int64 {
        try db.write {
            var project = project
            try validate(&project)
            if project.id != 0, try exists(project.id) {
                throw PortfolioError.refused(Message("project.exists", ["project": .text("\(project.id)")]))
            }
            try db.connection.execute("""
                INSERT INTO project (id, name, status, start_date, end_date, budget_ore, responsible, description)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [project.id == 0 ? nil : project.id, project.name, project.status.rawValue, project.startDate?.iso,
                      project.endDate?.iso, project.budget?.ore, project.responsible, project.description])
            project.id = db.connection.lastInsertedRowID
            try writeLinks(project)
            return project.id
        }
    }

    /// Changes a project: `change` edits a copy, which is checked and stored whole.
    /// Its status moves only through `setStatus`. The copy's goals and strategies are
    /// those of `plan` (the current plan when nil); the project's goals in other plans stay.
    ///
    ///     try projects.update(7, plan: 2) { $0.goals = ["1.1"] }   // serves goal 1.1 of plan 2 too
    public func update(_ id: Int64, plan: Int64? = nil, _ change: (inout Project) throws -> Void) throws {
        try db.write {
            let planID = try PlanRepository(db).plan(id: plan).id
            var project = try self.project(id, in: planID)
            try change(&project)
            guard project.id == id else { throw PortfolioError.refused(Message("project.id_fixed")) }
            project.plan = project.plan ?? planID
            guard project.status == (try self.project(id)).status else {
                throw PortfolioError.refused(Message("project.status_by_command"))
            }
            try validate(&project)
            try db.connection.execute("""
                UPDATE project SET name = ?, start_date = ?, end_date = ?, budget_ore = ?, responsible = ?, description = ?
                WHERE id = ?
                """, [project.name, project.startDate?.iso, project.endDate?.iso, project.budget?.ore,
                      project.responsible, project.description, id])
            try writeLinks(project)
        }
    }

    /// Moves a project to `status`, refusing a move backwards or out of completed or cancelled;
    /// the one step back, active → planned (on hold), needs a note saying why.
    public func setStatus(_ id: Int64, _ status: ProjectStatus, note: String? = nil) throws {
        try db.write {
            let current = try project(id).status
            let naming: [String: Message.Argument] = ["project": .text("\(id)"), "from": .message(current.words), "to": .message(status.words)]
            guard current.canMove(to: status) else {
                let key: Message.Key = current == .completed || current == .cancelled ? "project.status_final" : "project.status_backwards"
                throw PortfolioError.refused(Message(key, naming))
            }
            let note = try Text.freeText(note, of: "text.what.note")
            if current.isStepBack(to: status), note == nil {
                throw PortfolioError.refused(Message("project.on_hold_needs_reason", naming))
            }
            try db.connection.execute("UPDATE project SET status = ?, status_note = ? WHERE id = ?", [status.rawValue, note, id])
        }
    }

    /// Gives a partner a role in a project, or changes the contribution of a role it has:
    /// `.keep` leaves a contribution as it is (none for a new role), `.clear` removes it.
    ///
    ///     try projects.setPartner(4, partner: "974760673", role: .owner)   // keeps its 1 200 000 kr
    public func setPartner(_ id: Int64, partner reference: String, role: PartnerRole, contribution: ContributionChange = .keep) throws {
        try db.write {
            guard try exists(id) else { throw PortfolioError.notFound(Message("project.not_found", ["id": .text("\(id)")])) }
            let partnerID = try PartnerRepository(db).resolve(reference)
            let (keeps, amount): (Bool, Money?) = switch contribution {
            case .keep: (true, nil)
            case .clear: (false, nil)
            case .set(let money): (false, money)
            }
            try db.connection.execute("""
                INSERT INTO project_partner (project_id, partner_id, role, contribution_ore) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (project_id, partner_id, role)
                DO UPDATE SET contribution_ore = CASE WHEN ?5 THEN contribution_ore ELSE excluded.contribution_ore END
                """, [id, partnerID, role.rawValue, amount?.ore, keeps])
        }
    }

    /// Takes a partner's role in a project away, or all its roles there when `role` is nil;
    /// refused when it has no such role there.
    ///
    ///     try projects.removePartner(4, partner: "Vefsn kommune", role: .funder)
    public func removePartner(_ id: Int64, partner reference: String, role: PartnerRole? = nil) throws {
        try db.write {
            guard try exists(id) else { throw PortfolioError.notFound(Message("project.not_found", ["id": .text("\(id)")])) }
            let partnerID = try PartnerRepository(db).resolve(reference)
            let held = "FROM project_partner WHERE project_id = ?1 AND partner_id = ?2 AND (?3 IS NULL OR role = ?3)"
            let arguments: [any DatabaseValueConvertible] = [id, partnerID, role?.rawValue]
            guard try db.connection.scalar("SELECT count(*) " + held, arguments, as: Int64.self) ?? 0 > 0 else {
                let naming: [String: Message.Argument] = ["project": .text("\(id)"), "partner": .text(reference.trimmed)]
                throw PortfolioError.refused(role.map { Message("project.partner_lacks_role", naming.merging(["role": .message($0.words)]) { $1 }) }
                                             ?? Message("project.partner_has_no_role", naming))
            }
            try db.connection.execute("DELETE " + held, arguments)
        }
    }

    /// Projects by id; optionally only those with a status, serving a goal, or in a focus area (by primary goal).
    public func list(status: ProjectStatus? = nil, goal: String? = nil, area: Int? = nil) throws -> [Project] {
        let ids = try db.connection.rows("SELECT project.id FROM project" + Self.listFilter + " ORDER BY project.id",
                                         try listArguments(status: status, goal: goal, area: area)).map { try $0.get(0, as: Int64.self) }
        return try ids.map { try project($0) }
    }

    /// One page of `list`, `size` projects from `start`, with the count of the whole list.
    ///
    ///     let first = try projects.page(status: .active, from: .first, size: 100)
    public func page(status: ProjectStatus? = nil, goal: String? = nil, area: Int? = nil, from start: PageStart, size: Int,
                     counts: ListCounts? = nil) throws -> ListPage<Project> {
        try ListPage<Int64>.read(db.connection, select: "SELECT project.id FROM project", table: "project", condition: Self.listFilter,
                                 arguments: try listArguments(status: status, goal: goal, area: area), from: start, size: size,
                                 counts: counts, id: { $0 }, { try $0.get(0, as: Int64.self) }).map { try project($0) }
    }

    /// What `list` asks of a project: its status, a goal it serves, the focus area of its primary goal.
    private static let listFilter = """
         WHERE (?1 IS NULL OR project.status = ?1)
          AND (?2 IS NULL OR EXISTS (SELECT 1 FROM project_goal
                                     WHERE project_goal.project_id = project.id AND project_goal.goal_id = ?2))
          AND (?3 IS NULL OR EXISTS (SELECT 1 FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
                                     JOIN focus_area ON focus_area.id = goal.focus_area_id
                                     WHERE project_goal.project_id = project.id AND project_goal.is_primary = 1
                                       AND focus_area.number = ?3))
        """

    private func listArguments(status: ProjectStatus?, goal: String?, area: Int?) throws -> [any DatabaseValueConvertible] {
        let current = try PlanRepository(db).current().id
        return [status?.rawValue, try goal.map { try self.goalID($0, in: current) }, area]
    }

    /// A project with its goals and strategies in every plan, and its partners, spelt out.
    public func detail(_ id: Int64) throws -> ProjectDetail {
        let project = try self.project(id)
        let goals = try db.connection.rows("""
            SELECT goal.code, goal.title, project_goal.is_primary, focus_area.plan_id FROM project_goal
            JOIN goal ON goal.id = project_goal.goal_id JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_goal.project_id = ? ORDER BY focus_area.plan_id, project_goal.is_primary DESC, goal.code
            """, [id]).map { ProjectDetail.PlanItem(code: try $0.get(0), text: try $0.get(1), isPrimary: try $0.get(2), plan: try $0.get(3)) }
        let strategies = try db.connection.rows("""
            SELECT goal.code || strategy.letter, strategy.text, focus_area.plan_id FROM project_strategy
            JOIN strategy ON strategy.id = project_strategy.strategy_id JOIN goal ON goal.id = strategy.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_strategy.project_id = ? ORDER BY 3, 1
            """, [id]).map { ProjectDetail.PlanItem(code: try $0.get(0), text: try $0.get(1), isPrimary: false, plan: try $0.get(2)) }
        let partners = try db.connection.rows("""
            SELECT partner.id, partner.name, project_partner.role, project_partner.contribution_ore
            FROM project_partner JOIN partner ON partner.id = project_partner.partner_id
            WHERE project_partner.project_id = ? ORDER BY partner.name COLLATE norwegian, project_partner.role
            """, [id]).map { row in
            ProjectRole(projectID: id, projectName: project.name, partnerID: try row.get(0), partnerName: try row.get(1),
                        role: try PartnerRole(parsing: try row.get(2)),
                        contribution: try row.get(3, as: Int64?.self).map(Money.init(ore:)))
        }
        let note: String? = try db.connection.scalar("SELECT status_note FROM project WHERE id = ?", [id])
        return ProjectDetail(project: project, statusNote: note, goals: goals, strategies: strategies, partners: partners)
    }

    /// Goals and strategies of a plan (the current one when nil) that no planned or active project serves.
    public func coverage(planID: Int64? = nil) throws -> [UncoveredItem] {
        let planID = try PlanRepository(db).plan(id: planID).id
        return try db.connection.rows("""
            SELECT 'goal' AS level, goal.code AS code, goal.title AS text, focus_area.number, goal.id, 0 AS strategy_order
            FROM goal JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE focus_area.plan_id = ?1 AND NOT EXISTS (
                SELECT 1 FROM project_goal JOIN project ON project.id = project_goal.project_id
                WHERE project_goal.goal_id = goal.id AND project.status IN ('planned', 'active'))
            UNION ALL
            SELECT 'strategy', goal.code || strategy.letter, strategy.text, focus_area.number, goal.id, 1
            FROM strategy JOIN goal ON goal.id = strategy.goal_id JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE focus_area.plan_id = ?1 AND NOT EXISTS (
                SELECT 1 FROM project_strategy JOIN project ON project.id = project_strategy.project_id
                WHERE project_strategy.strategy_id = strategy.id AND project.status IN ('planned', 'active'))
            ORDER BY 5, 6, 2
            """, [planID]).map { UncoveredItem(level: try $0.get(0), code: try $0.get(1), text: try $0.get(2)) }
    }

    /// A project with its goals and strategies in `planID`; by default in the plan of its primary goal.
    func project(_ id: Int64, in planID: Int64? = nil) throws -> Project {
        guard let row = try db.connection.row("""
            SELECT \(Self.columns) FROM project WHERE id = ?
            """, [id]) else {
            throw PortfolioError.notFound(Message("project.not_found", ["id": .text("\(id)")]))
        }
        let plan = try planID ?? homePlan(of: id)
        let goals = try db.connection.rows("""
            SELECT goal.code FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_goal.project_id = ? AND focus_area.plan_id IS ? ORDER BY project_goal.is_primary DESC, goal.code
            """, [id, plan]).map { try $0.get(0, as: String.self) }
        let strategies = try db.connection.rows("""
            SELECT goal.code || strategy.letter FROM project_strategy
            JOIN strategy ON strategy.id = project_strategy.strategy_id JOIN goal ON goal.id = strategy.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_strategy.project_id = ? AND focus_area.plan_id IS ? ORDER BY 1
            """, [id, plan]).map { try $0.get(0, as: String.self) }
        return try Self.project(from: row, goals: goals, strategies: strategies, plan: plan)
    }

    /// The columns `project(from:goals:strategies:plan:)` reads, in the order it reads them.
    static let columns = "id, name, status, start_date, end_date, budget_ore, responsible, description"

    /// A project made from a row of `columns`, with its links in `plan` read apart.
    static func project(from row: Row, goals: [String], strategies: [String], plan: Int64?) throws -> Project {
        Project(id: try row.get("id"), name: try row.get("name"), status: try ProjectStatus(parsing: try row.get("status")),
                startDate: try row.get("start_date", as: Day?.self),
                endDate: try row.get("end_date", as: Day?.self),
                budget: try row.get("budget_ore", as: Int64?.self).map(Money.init(ore:)),
                responsible: try row.get("responsible"), description: try row.get("description"),
                goals: goals, strategies: strategies, plan: plan)
    }

    /// The plan the project was made under: that of its primary goal.
    private func homePlan(of id: Int64) throws -> Int64? {
        try db.connection.scalar("""
            SELECT focus_area.plan_id FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_goal.project_id = ? ORDER BY project_goal.is_primary DESC, focus_area.plan_id LIMIT 1
            """, [id])
    }

    func exists(_ id: Int64) throws -> Bool {
        try db.connection.scalar("SELECT count(*) FROM project WHERE id = ?", [id], as: Int64.self) == 1
    }

    /// Checks a project and completes it: clean text (`Text`), and the goal of every strategy among its goals.
    private func validate(_ project: inout Project) throws {
        project.name = try Text.name(project.name, of: "text.what.project")
        project.responsible = try Text.optionalName(project.responsible, of: "text.what.responsible")
        project.description = try Text.freeText(project.description, of: "text.what.description")
        if let start = project.startDate, let end = project.endDate, end < start {
            throw PortfolioError.refused(Message("project.ends_before_start", ["end": .day(end), "start": .day(start)]))
        }
        if let budget = project.budget, budget < .zero {
            throw PortfolioError.refused(Message("project.budget_negative"))
        }
        let plan = try project.plan ?? PlanRepository(db).current().id
        project.plan = plan
        project.goals = project.goals.map(\.trimmed).uniqued()
        project.strategies = project.strategies.map(\.trimmed).uniqued()
        for code in project.goals { _ = try goalID(code, in: plan) }
        for code in project.strategies {
            let goal = try strategyID(code, in: plan).goal
            if !project.goals.contains(goal) { project.goals.append(goal) }
        }
        let servesOtherPlans = try project.id != 0 && goalsOutside(plan, of: project.id) > 0
        guard !project.goals.isEmpty || servesOtherPlans else {
            throw PortfolioError.refused(Message("project.needs_goal"))
        }
    }

    /// Makes the project's goal and strategy links what `project` says, changing only what differs.
    /// Links in other plans stay; the first goal is primary unless the primary goal is in another plan.
    private func writeLinks(_ project: Project) throws {
        let plan = project.plan!
        let goals = try project.goals.map { try goalID($0, in: plan) }
        let strategies = try project.strategies.map { try strategyID($0, in: plan).id }
        let connection = db.connection
        let oldGoals = Set(try connection.rows("""
            SELECT goal_id FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id WHERE project_id = ? AND focus_area.plan_id = ?
            """, [project.id, plan]).map { try $0.get(0, as: Int64.self) })
        for removed in oldGoals.subtracting(goals) {
            try connection.execute("DELETE FROM project_goal WHERE project_id = ? AND goal_id = ?", [project.id, removed])
        }
        let primaryElsewhere = try connection.scalar("""
            SELECT count(*) FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_id = ? AND is_primary = 1 AND focus_area.plan_id <> ?
            """, [project.id, plan], as: Int64.self) ?? 0
        if primaryElsewhere == 0, let first = goals.first {
            // Demote before promoting: one primary goal per project is a unique index.
            try connection.execute("UPDATE project_goal SET is_primary = 0 WHERE project_id = ? AND goal_id <> ? AND is_primary = 1",
                                   [project.id, first])
        }
        for (index, goal) in goals.enumerated() {
            try connection.execute("""
                INSERT INTO project_goal (project_id, goal_id, is_primary) VALUES (?, ?, ?)
                ON CONFLICT (project_id, goal_id) DO UPDATE SET is_primary = excluded.is_primary
                WHERE is_primary <> excluded.is_primary
                """, [project.id, goal, index == 0 && primaryElsewhere == 0])
        }
        let oldStrategies = Set(try connection.rows("""
            SELECT strategy_id FROM project_strategy JOIN strategy ON strategy.id = project_strategy.strategy_id
            JOIN goal ON goal.id = strategy.goal_id JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE project_id = ? AND focus_area.plan_id = ?
            """, [project.id, plan]).map { try $0.get(0, as: Int64.self) })
        for removed in oldStrategies.subtracting(strategies) {
            try connection.execute("DELETE FROM project_strategy WHERE project_id = ? AND strategy_id = ?", [project.id, removed])
        }
        for strategy in Set(strategies).subtracting(oldStrategies) {
            try connection.execute("INSERT INTO project_strategy (project_id, strategy_id) VALUES (?, ?)", [project.id, strategy])
        }
    }

    /// How many goals of plans other than `plan` the project serves.
    private func goalsOutside(_ plan: Int64, of id: Int64) throws -> Int64 {
        try db.connection.scalar("""
            SELECT count(*) FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id WHERE project_id = ? AND focus_area.plan_id <> ?
            """, [id, plan]) ?? 0
    }

    /// The id of a goal of plan `planID`, by its code (`2.4`): codes name goals within a plan.
    private func goalID(_ code: String, in planID: Int64) throws -> Int64 {
        let plan = try PlanRepository(db).plan(id: planID)
        guard let id: Int64 = try db.connection.scalar("""
            SELECT goal.id FROM goal JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE focus_area.plan_id = ? AND goal.code = ?
            """, [plan.id, code]) else {
            throw PortfolioError.notFound(Message("project.goal_not_found", ["code": .text(code), "plan": .text(plan.name)]))
        }
        return id
    }

    /// The id of a strategy of plan `planID` and its goal's code, by its code (`2.4a`).
    private func strategyID(_ code: String, in planID: Int64) throws -> (id: Int64, goal: String) {
        let plan = try PlanRepository(db).plan(id: planID)
        guard let row = try db.connection.row("""
            SELECT strategy.id, goal.code FROM strategy JOIN goal ON goal.id = strategy.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE focus_area.plan_id = ? AND goal.code || strategy.letter = ?
            """, [plan.id, code]) else {
            throw PortfolioError.notFound(Message("project.strategy_not_found", ["code": .text(code), "plan": .text(plan.name)]))
        }
        return (try row.get(0), try row.get(1))
    }
}
