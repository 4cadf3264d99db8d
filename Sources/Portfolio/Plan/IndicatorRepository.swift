/// The plan's indicators and their yearly values: recording a value, listing them with where they stand.
///
///     let indicators = IndicatorRepository(db)
///     try indicators.record("new_establishments", value: 4, year: 2025, source: "Brønnøysund")
///     try indicators.list(goal: "1.1").first?.standing   // .onTrack
public struct IndicatorRepository {
    let db: PortfolioDatabase

    public init(_ db: PortfolioDatabase) {
        self.db = db
    }

    /// Records the value measured for `year` of the indicator `key` of plan `planID` (the current plan when nil).
    /// A year holds one measured value: recording it again replaces it (a corrected figure), and the
    /// history keeps the earlier one with who changed it and when. `source` defaults to who records it.
    ///
    ///     try IndicatorRepository(db).record("population", value: 13_050, year: 2025, source: "SSB")
    public func record(_ key: String, value: Double, year: Int, source: String? = nil, planID: Int64? = nil,
                       today: Day = .today()) throws {
        try Bounds.planYear.check(year)
        // A measured value of a year not yet begun would stand as the latest and judge the target by a guess.
        guard year <= today.year else {
            throw PortfolioError.refused(Message("indicator.year_ahead", ["year": .text("\(year)"), "this_year": .text("\(today.year)")]))
        }
        try Bounds.indicatorValue.check(value)
        let source = try source.map { try Text.name($0, of: "text.what.indicator_source") } ?? db.actor
        try db.write {
            let plan = try PlanRepository(db).plan(id: planID)
            guard let id: Int64 = try db.connection.scalar("SELECT id FROM indicator WHERE plan_id = ? AND key = ?", [plan.id, key]) else {
                throw PortfolioError.notFound(Message("indicator.not_found", ["key": .text(key), "plan": .text(plan.name)]))
            }
            try db.connection.execute("""
                INSERT INTO indicator_value (indicator_id, year, value, kind, source) VALUES (?, ?, ?, 'observed', ?)
                ON CONFLICT (indicator_id, year, kind) DO UPDATE SET value = excluded.value, source = excluded.source
                """, [id, year, value, source])
        }
    }

    /// The indicators of plan `planID` (the current plan when nil), those of one goal when `goal` is given.
    ///
    ///     try IndicatorRepository(db).list(planID: 2, goal: "1.1")
    public func list(planID: Int64? = nil, goal: String? = nil) throws -> [Indicator] {
        let outline = try PlanRepository(db).outline(planID: planID)
        guard let goal else { return outline.indicators }
        guard outline.goals.contains(where: { $0.code == goal }) else {
            throw PortfolioError.notFound(Message("project.goal_not_found", ["code": .text(goal), "plan": .text(outline.plan.name)]))
        }
        return outline.indicators.filter { $0.goal == goal }
    }
}
