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
            SELECT id, name, municipality, first_year, last_year, slogan, vision
            FROM plan ORDER BY first_year, id
            """).map { row in
            Plan(id: try row.get("id"), name: try row.get("name"), municipality: try row.get("municipality"),
                 firstYear: try row.get("first_year"), lastYear: try row.get("last_year"),
                 slogan: try row.get("slogan"), vision: try row.get("vision"))
        }
    }

    /// The plan with this id, or the newest plan when `id` is nil.
    public func plan(id: Int64? = nil) throws -> Plan {
        let all = try plans()
        guard let id else {
            guard let newest = all.last else { throw PortfolioError.notFound(Message("plan.none")) }
            return newest
        }
        guard let plan = all.first(where: { $0.id == id }) else {
            throw PortfolioError.notFound(Message("plan.not_found", ["id": .text("\(id)")]))
        }
        return plan
    }

    /// The plan with its focus areas, goals, strategies (with project counts) and indicators.
    public func outline(planID: Int64? = nil) throws -> PlanOutline {
        let plan = try plan(id: planID)
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
        return try db.connection.rows(
            "SELECT id, key, name, unit FROM indicator WHERE plan_id = ? ORDER BY id", [planID]
        ).map { row in
            Indicator(key: try row.get("key"), name: try row.get("name"), unit: try row.get("unit"),
                      values: valuesByIndicator[try row.get("id")] ?? [])
        }
    }
}
