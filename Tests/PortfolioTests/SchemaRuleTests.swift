import Testing
import Portfolio
import SQLite
import TestSupport

/// The rules the schema itself enforces, so that no SQLite client can break them.
@Suite struct SchemaRuleTests {
    let db: Connection

    init() throws {
        let path = try makeTemporaryFolder() + "/rules.sqlite"
        _ = try PortfolioDatabase.create(path: path, actor: "test")
        db = try Connection(path: path)
    }

    func refused(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) -> SQLiteError? {
        #expect(throws: SQLiteError.self) { try db.execute(sql, arguments) }
    }

    @Test func datesMustExist() throws {
        #expect(refused("INSERT INTO project(name, start_date) VALUES ('x', '2023-02-30')")?.code == SQLiteError.constraintCheck)
        #expect(refused("INSERT INTO project(name, start_date) VALUES ('x', '15.03.2024')")?.code == SQLiteError.constraintCheck)
        try db.execute("INSERT INTO project(name, start_date) VALUES ('x', '2024-02-29')")
    }

    @Test func endNotBeforeStart() {
        #expect(refused("INSERT INTO project(name, start_date, end_date) VALUES ('x', '2024-05-01', '2024-04-30')") != nil)
    }

    @Test func organisationNumbersCarryTheirCheckDigit() throws {
        try db.execute("INSERT INTO partner(name, orgnr) VALUES ('Vefsn kommune', '974760673')")
        #expect(refused("INSERT INTO partner(name, orgnr) VALUES ('x', '974760674')")?.code == SQLiteError.constraintCheck)
        #expect(refused("INSERT INTO partner(name, orgnr) VALUES ('x', '97476067')") != nil)
        #expect(refused("INSERT INTO partner(name, orgnr) VALUES ('x', '9747606730')") != nil)
        #expect(refused("INSERT INTO partner(name, orgnr) VALUES ('x', '974 760 673')") != nil)
        #expect(refused("INSERT INTO partner(name, orgnr) VALUES ('y', '974760673')")?.code == SQLiteError.constraintUnique)
    }

    @Test func moneyIsNeverNegative() {
        #expect(refused("INSERT INTO project(name, budget_ore) VALUES ('x', -1)") != nil)
        #expect(refused("INSERT INTO project(name, budget_ore) VALUES ('x', 1.5)") != nil) // STRICT: øre are whole
    }

    @Test func projectStatusOnlyMovesForward() throws {
        try db.execute("INSERT INTO project(id, name, status) VALUES (1, 'x', 'completed')")
        let error = refused("UPDATE project SET status = 'active' WHERE id = 1")
        #expect(error?.message.contains("may only move forward") == true)
        try db.execute("INSERT INTO project(id, name, status) VALUES (2, 'y', 'cancelled')")
        #expect(refused("UPDATE project SET status = 'planned' WHERE id = 2") != nil)
        try db.execute("INSERT INTO project(id, name) VALUES (3, 'z')")
        try db.execute("UPDATE project SET status = 'active' WHERE id = 3")
        try db.execute("UPDATE project SET status = 'cancelled' WHERE id = 3")
    }

    @Test func scoresStayWithinZeroToFive() throws {
        try db.execute("INSERT INTO project(id, name) VALUES (1, 'x')")
        let insert = "INSERT INTO assessment(project_id, assessed_on, assessed_by, direct_jobs, competence_jobs, feasibility, green) VALUES (1, '2024-01-01', 't', ?, ?, ?, ?)"
        #expect(refused(insert, [5.0, 0.0, 6, 0]) != nil)
        #expect(refused(insert, [5.0, 0.0, 3, -1]) != nil)
        #expect(refused(insert, [5.0, 6.0, 3, 1]) != nil) // more competence jobs than jobs
        #expect(refused(insert, [-1.0, 0.0, 3, 1]) != nil)
        try db.execute(insert, [5.0, 2.0, 3, 1])
        #expect(refused("UPDATE assessment SET feasibility = 4")?.message.contains("append-only") == true)
        #expect(refused("DELETE FROM assessment")?.message.contains("append-only") == true)
    }

    @Test func historyIsAppendOnly() throws {
        try db.execute("INSERT INTO history(actor, table_name, row_id, action) VALUES ('t', 'fund', 1, 'insert')")
        #expect(refused("UPDATE history SET actor = 'someone else'")?.message.contains("append-only") == true)
        #expect(refused("DELETE FROM history")?.message.contains("append-only") == true)
        #expect(try db.scalar("SELECT actor FROM history ORDER BY id DESC LIMIT 1", as: String.self) == "t")
    }

    @Test func statusesComeFromTheirSets() {
        #expect(refused("INSERT INTO project(name, status) VALUES ('x', 'paused')") != nil)
        #expect(refused("INSERT INTO partner(name, kind) VALUES ('x', 'bank')") != nil)
    }

    @Test func scoringModelVersionsNeverChange() {
        #expect(refused("UPDATE model_weight SET weight = 99 WHERE criterion = 'jobs'")?.message.contains("never changes") == true)
    }
}
