/// The projects a report of a plan counts: those on record by its day, with their goals in that plan.
extension ProjectRepository {
    /// Projects mon knew of by `day`, each with its goals (the primary first) in plan `planID`.
    ///
    /// A project is on record from the first day anything says it existed: its entry in mon, its
    /// start, its first assessment or its first application or grant. Entry alone would not do:
    /// a portfolio registered in 2026 holds projects that ran from 2021, with grants of that year.
    ///
    ///     try ProjectRepository(db).onRecord(by: Day(year: 2019, month: 12, day: 31)!, in: plan.id)   // none made later
    func onRecord(by day: Day, in planID: Int64) throws -> [Project] {
        let ids = try db.connection.rows("""
            SELECT id FROM project
            WHERE min(substr(created_at, 1, 10), coalesce(start_date, '9999-12-31'),
                      coalesce((SELECT min(assessed_on) FROM assessment WHERE project_id = project.id), '9999-12-31'),
                      coalesce((SELECT min(min(coalesce(received_on, '9999-12-31'), coalesce(approved_on, '9999-12-31')))
                                FROM "grant" WHERE project_id = project.id), '9999-12-31')) <= ?
            ORDER BY id
            """, [day.iso]).map { try $0.get(0, as: Int64.self) }
        return try ids.map { try project($0, in: planID) }
    }
}
