import SQLite

/// The projects a report of a plan counts: those on record by its day, with their goals in that plan.
extension ProjectRepository {
    /// Projects mon knew of by `day`, each with its goals (the primary first) in plan `planID`.
    ///
    /// A project is on record from the first day anything says it existed: its entry in mon, its
    /// start, its first assessment or its first application or grant. Entry alone would not do:
    /// a portfolio registered in 2026 holds projects that ran from 2021, with grants of that year.
    /// Any one of them by `day` will do, so the first found ends the search (a project entered
    /// before `day` needs no look at its grants). Three queries whatever the number of projects:
    /// the projects, then all their goals and all their strategies in the plan, joined here.
    ///
    ///     try ProjectRepository(db).onRecord(by: Day(year: 2019, month: 12, day: 31)!, in: plan.id)   // none made later
    func onRecord(by day: Day, in planID: Int64) throws -> [Project] {
        let rows = try db.connection.rows("""
            SELECT \(Self.columns) FROM project
            WHERE substr(created_at, 1, 10) <= ?1 OR start_date <= ?1
               OR EXISTS (SELECT 1 FROM assessment WHERE project_id = project.id AND assessed_on <= ?1)
               OR EXISTS (SELECT 1 FROM "grant" WHERE project_id = project.id AND (received_on <= ?1 OR approved_on <= ?1))
            ORDER BY id
            """, [day.iso])
        let goals = try links("""
            SELECT project_goal.project_id, goal.code FROM project_goal JOIN goal ON goal.id = project_goal.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE focus_area.plan_id IS ? ORDER BY project_goal.project_id, project_goal.is_primary DESC, goal.code
            """, planID)
        let strategies = try links("""
            SELECT project_strategy.project_id, goal.code || strategy.letter FROM project_strategy
            JOIN strategy ON strategy.id = project_strategy.strategy_id JOIN goal ON goal.id = strategy.goal_id
            JOIN focus_area ON focus_area.id = goal.focus_area_id
            WHERE focus_area.plan_id IS ? ORDER BY 1, 2
            """, planID)
        return try rows.map { row in
            let id: Int64 = try row.get("id")
            return try Self.project(from: row, goals: goals[id] ?? [], strategies: strategies[id] ?? [], plan: planID)
        }
    }

    /// The codes a query of (project id, code) rows gives, by project, in the query's order.
    private func links(_ sql: String, _ planID: Int64) throws -> [Int64: [String]] {
        var codes: [Int64: [String]] = [:]
        for row in try db.connection.rows(sql, [planID]) {
            codes[try row.get(0, as: Int64.self), default: []].append(try row.get(1))
        }
        return codes
    }
}
