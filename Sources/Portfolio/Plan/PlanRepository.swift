import SQLite

/// Reads plans from the database.
public struct PlanRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Every plan, oldest first.
    public func plans() throws -> [Plan] {
        try db.connection.rows("""
            SELECT id, name, municipality, first_year, last_year, slogan, vision, adopted_on
            FROM plan ORDER BY first_year, id
            """).map { row in
            Plan(id: try row.get("id"), name: try row.get("name"), municipality: try row.get("municipality"),
                 firstYear: try row.get("first_year"), lastYear: try row.get("last_year"),
                 slogan: try row.get("slogan"), vision: try row.get("vision"),
                 adoptedOn: try row.get("adopted_on", as: Day?.self))
        }
    }

    /// The plan with this id, or the current plan on `day` when `id` is nil.
    public func plan(id: Int64? = nil, on day: Day = .today()) throws -> Plan {
        guard let id else { return try current(on: day) }
        guard let plan = try plans().first(where: { $0.id == id }) else {
            throw PortfolioError.notFound(Message("plan.not_found", ["id": .text("\(id)")]))
        }
        return plan
    }

    /// The plan that goal codes, `plan show` and `plan coverage` go to on `day`: the
    /// newest whose period covers the day; when none does, the newest that had begun
    /// (its period over), and before every plan's period the first plan.
    public func current(on day: Day = .today()) throws -> Plan {
        let all = try plans()
        guard let plan = all.last(where: { $0.covers(day) }) ?? all.last(where: { $0.firstYear <= day.year })
                ?? all.first else {
            throw PortfolioError.notFound(Message("plan.none"))
        }
        return plan
    }

    /// Every plan, oldest first, with which is current on `day` and whose period is over.
    public func standings(on day: Day = .today()) throws -> [PlanStanding] {
        let current = try self.current(on: day)
        return try plans().map { PlanStanding(plan: $0, isCurrent: $0.id == current.id, isOver: $0.isOver(on: day)) }
    }

    /// The plan with its focus areas, goals, strategies (with project counts) and indicators.
    public func outline(planID: Int64? = nil, on day: Day = .today()) throws -> PlanOutline {
        let plan = try plan(id: planID, on: day)
        let connection = db.connection
        let strategyRows = try connection.rows("""
            SELECT strategy.goal_id, strategy.id, goal.code || strategy.letter AS code, strategy.text,
                   (SELECT count(*) FROM project_strategy WHERE strategy_id = strategy.id) AS projects
            FROM strategy JOIN goal ON goal.id = strategy.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE focus_area.plan_id = ? ORDER BY strategy.letter
            """, [plan.id])
        var strategiesByGoal: [Int64: [Strategy]] = [:]
        for row in strategyRows {
            strategiesByGoal[try row.get("goal_id"), default: []].append(
                Strategy(id: try row.get("id"), code: try row.get("code"), text: try row.get("text"),
                         projectCount: try row.get("projects")))
        }
        let goalRows = try connection.rows("""
            SELECT goal.focus_area_id, goal.id, goal.code, goal.title,
                   (SELECT count(*) FROM project_goal WHERE goal_id = goal.id) AS projects
            FROM goal JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE focus_area.plan_id = ?
            ORDER BY CAST(substr(goal.code, instr(goal.code, '.') + 1) AS INTEGER)
            """, [plan.id])
        var goalsByArea: [Int64: [Goal]] = [:]
        for row in goalRows {
            let id: Int64 = try row.get("id")
            goalsByArea[try row.get("focus_area_id"), default: []].append(
                Goal(id: id, code: try row.get("code"), title: try row.get("title"),
                     projectCount: try row.get("projects"), strategies: strategiesByGoal[id] ?? []))
        }
        let areas = try connection.rows(
            "SELECT id, number, title, description FROM focus_area WHERE plan_id = ? ORDER BY number",
            [plan.id]
        ).map { row in
            let id: Int64 = try row.get("id")
            return FocusArea(id: id, number: try row.get("number"), title: try row.get("title"),
                             description: try row.get("description"), goals: goalsByArea[id] ?? [])
        }
        return PlanOutline(plan: plan, focusAreas: areas, indicators: try indicators(planID: plan.id))
    }

    private func indicators(planID: Int64) throws -> [Indicator] {
        let valueRows = try db.connection.rows("""
            SELECT indicator_id, year, value, kind, source FROM indicator_value
            JOIN indicator ON indicator.id = indicator_value.indicator_id
            WHERE indicator.plan_id = ? ORDER BY year, kind
            """, [planID])
        var valuesByIndicator: [Int64: [Indicator.Value]] = [:]
        for row in valueRows {
            valuesByIndicator[try row.get("indicator_id"), default: []].append(
                Indicator.Value(year: try row.get("year"), value: try row.get("value"),
                                kind: try row.get("kind"), source: try row.get("source")))
        }
        return try db.connection.rows("""
            SELECT indicator.id AS id, key, name, unit, goal.code AS code, baseline, baseline_year, target, target_year
            FROM indicator LEFT JOIN goal ON goal.id = indicator.goal_id WHERE plan_id = ? ORDER BY indicator.id
            """, [planID]
        ).map { row in
            Indicator(key: try row.get("key"), name: try row.get("name"), unit: try row.get("unit"), goal: try row.get("code"),
                      baseline: try Self.point(row, "baseline"), target: try Self.point(row, "target"),
                      values: valuesByIndicator[try row.get("id")] ?? [])
        }
    }

    /// A baseline or target: the value and its year, or nil when the plan gives none.
    private static func point(_ row: Row, _ column: String) throws -> Indicator.Point? {
        guard let value = try row.get(column, as: Double?.self), let year = try row.get(column + "_year", as: Int?.self) else { return nil }
        return Indicator.Point(year: year, value: value)
    }
}
