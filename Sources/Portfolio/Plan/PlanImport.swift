extension PlanRepository {
    /// Reads the plan file at `path` and stores its plan, under `title` when given;
    /// a refusal names the file and, where it can, the line.
    ///
    ///     let id = try PlanRepository(db).add(fileAt: "plan-2025.yaml", title: "Næringsplan 2025–2028")
    public func add(fileAt path: String, title: String? = nil) throws -> Int64 {
        var draft = try PlanFile.read(path: path)
        if let title {
            draft.title = try Text.name(title, of: "text.what.plan")
            draft.lines["title"] = nil
        }
        do {
            return try add(draft)
        } catch let error as PortfolioError {
            throw error.located(in: path)
        }
    }

    /// Stores a new plan beside the others, whole or not at all, after `PlanRules`
    /// has checked it; returns its id. Earlier plans and their projects' goals stay as they were.
    ///
    ///     let id = try PlanRepository(db).add(try PlanFile.read(path: "plan-2025.yaml"))
    @discardableResult
    public func add(_ draft: PlanDraft) throws -> Int64 {
        try db.write {
            try PlanRules.check(draft, existingNames: try plans().map(\.name))
            let connection = db.connection
            try connection.execute("""
                INSERT INTO plan (name, municipality, first_year, last_year, adopted_on, slogan, vision) VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [draft.title, draft.municipality, draft.firstYear, draft.lastYear, draft.adopted?.iso, draft.slogan, draft.vision])
            let planID = connection.lastInsertedRowID
            for area in draft.areas {
                try connection.execute("INSERT INTO focus_area (plan_id, number, title, description) VALUES (?, ?, ?, ?)",
                                       [planID, area.number, area.title, area.description])
                let areaID = connection.lastInsertedRowID
                for goal in area.goals { try add(goal, areaID: areaID, planID: planID) }
            }
            for indicator in draft.indicators { try add(indicator, planID: planID, goalID: nil) }
            return planID
        }
    }

    private func add(_ goal: PlanDraft.GoalDraft, areaID: Int64, planID: Int64) throws {
        let connection = db.connection
        try connection.execute("INSERT INTO goal (focus_area_id, code, title) VALUES (?, ?, ?)", [areaID, goal.code, goal.title])
        let goalID = connection.lastInsertedRowID
        for strategy in goal.strategies {
            try connection.execute("INSERT INTO strategy (goal_id, letter, text) VALUES (?, ?, ?)",
                                   [goalID, String(strategy.code.suffix(1)), strategy.text])
        }
        for indicator in goal.indicators { try add(indicator, planID: planID, goalID: goalID) }
    }

    private func add(_ indicator: PlanDraft.IndicatorDraft, planID: Int64, goalID: Int64?) throws {
        let connection = db.connection
        try connection.execute("""
            INSERT INTO indicator (plan_id, goal_id, key, name, unit, baseline, baseline_year, target, target_year)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [planID, goalID, indicator.key, indicator.name, indicator.unit,
                  indicator.baseline?.value, indicator.baseline?.year, indicator.target?.value, indicator.target?.year])
        let indicatorID = connection.lastInsertedRowID
        for value in indicator.values {
            try connection.execute("INSERT INTO indicator_value (indicator_id, year, value, kind, source) VALUES (?, ?, ?, ?, ?)",
                                   [indicatorID, value.year, value.value, value.kind, value.source])
        }
    }
}
