import Testing
@testable import Portfolio
import TestSupport

@Suite struct ProjectStatusTests {
    @Test func movesForwardToCancelledOrOnHold() {
        let allowed: [(ProjectStatus, [ProjectStatus])] = [
            (.idea, [.planned, .active, .completed, .cancelled]),
            (.planned, [.active, .completed, .cancelled]),
            (.active, [.planned, .completed, .cancelled]),
            (.completed, []),
            (.cancelled, []),
        ]
        for (from, targets) in allowed {
            for to in ProjectStatus.allCases {
                #expect(from.canMove(to: to) == targets.contains(to), "\(from) → \(to)")
            }
        }
    }

    /// The table of moves and the database trigger agree on every (from, to) pair; a step back
    /// passes the trigger only with a note, as `setStatus` asks for one.
    @Test func theStatusMovesAreTheTriggers() throws {
        let db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/moves.sqlite", actor: "test")
        for from in ProjectStatus.allCases {
            for to in ProjectStatus.allCases where to != from {
                try db.connection.execute("DELETE FROM project")
                try db.connection.execute("INSERT INTO project (id, name, status) VALUES (1, 'Smartby', ?)", [from.rawValue])
                let database = (try? db.connection.execute("UPDATE project SET status = ?, status_note = 'Fordi' WHERE id = 1",
                                                             [to.rawValue])) != nil
                #expect(database == from.canMove(to: to), "\(from.rawValue) → \(to.rawValue)")
                if from.isStepBack(to: to) {
                    try db.connection.execute("UPDATE project SET status = ?, status_note = NULL WHERE id = 1", [from.rawValue])
                    #expect(throws: (any Error).self) { try db.connection.execute("UPDATE project SET status = ? WHERE id = 1", [to.rawValue]) }
                }
            }
        }
    }
}

@Suite struct ProjectRepositoryTests {
    let db: PortfolioDatabase
    let projects: ProjectRepository

    init() throws {
        db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/projects.sqlite", actor: "test")
        projects = ProjectRepository(db)
    }

    @Test func aStrategyBringsItsGoalAndTheFirstGoalIsPrimary() throws {
        let id = try projects.add(Project(name: "Laksetrapper i Vefsna", goals: ["2.5"], strategies: ["2.5c", "2.3a"]))
        let detail = try projects.detail(id)
        #expect(detail.goals.map(\.code) == ["2.5", "2.3"])
        #expect(detail.goals.map(\.isPrimary) == [true, false])
        #expect(detail.strategies.map(\.code) == ["2.3a", "2.5c"])
        #expect(detail.project.focusArea == 2)
    }

    @Test func withOnlyAStrategyItsGoalIsPrimary() throws {
        let id = try projects.add(Project(name: "Etablererservice", goals: [], strategies: ["3.2b"]))
        #expect(try projects.detail(id).goals.map(\.code) == ["3.2"])
    }

    @Test func refusesAProjectWithoutAGoalOrWithAnUnknownOne() throws {
        #expect(throws: PortfolioError.self) { try projects.add(Project(name: "Uten mål", goals: [])) }
        #expect(throws: PortfolioError.self) { try projects.add(Project(name: "Feil mål", goals: ["4.1"])) }
        #expect(throws: PortfolioError.self) { try projects.add(Project(name: "Feil strategi", goals: ["1.1"], strategies: ["1.1x"])) }
        #expect(try projects.list().isEmpty)
    }

    @Test func changingThePrimaryGoalKeepsOnePrimary() throws {
        let id = try projects.add(Project(name: "Godsterminal", goals: ["1.5", "1.1"]))
        try projects.update(id) { $0.goals = ["1.1", "1.5"] }
        #expect(try projects.detail(id).goals.map(\.code) == ["1.1", "1.5"])
        #expect(try projects.detail(id).goals.filter(\.isPrimary).count == 1)
        try projects.update(id) { $0.goals = ["1.3"] }
        #expect(try projects.detail(id).goals.map(\.code) == ["1.3"])
    }

    @Test func statusMovesOnlyAsDrawn() throws {
        let id = try projects.add(Project(name: "Smartby", goals: ["3.3"]))
        try projects.setStatus(id, .active, note: "Oppstart")
        #expect(throws: PortfolioError.refused("project \(id) goes back from active to planned (on hold) only with a reason: add --reason")) {
            try projects.setStatus(id, .planned)
        }
        try projects.setStatus(id, .planned, note: "Venter på finansiering")
        #expect(throws: PortfolioError.refused("project \(id) cannot move from planned to idea: status moves forward (idea, planned, active, completed), to cancelled, or from active back to planned with --reason")) {
            try projects.setStatus(id, .idea)
        }
        try projects.setStatus(id, .completed)
        #expect(throws: PortfolioError.refused("project \(id) cannot move from completed to cancelled: nothing leaves completed")) {
            try projects.setStatus(id, .cancelled)
        }
        #expect(throws: PortfolioError.self) { try projects.update(id) { $0.status = .idea } }
    }

    @Test func listFiltersByStatusGoalAndArea() throws {
        let a = try projects.add(Project(name: "A", status: .active, goals: ["1.3"]))
        let b = try projects.add(Project(name: "B", status: .planned, goals: ["3.5", "1.3"]))
        let c = try projects.add(Project(name: "C", goals: ["2.6"]))
        #expect(try projects.list(status: .active).map(\.id) == [a])
        #expect(try projects.list(goal: "1.3").map(\.id) == [a, b])
        #expect(try projects.list(area: 3).map(\.id) == [b])
        #expect(try projects.list(area: 2).map(\.id) == [c])
        #expect(throws: PortfolioError.self) { try projects.list(goal: "7.7") }
    }

    @Test func coverageCountsOnlyPlannedAndActiveProjects() throws {
        let total = try projects.coverage().count
        #expect(total == 16 + 51)
        try projects.add(Project(name: "Idé", goals: ["3.4"], strategies: ["3.4a"]))
        #expect(try projects.coverage().count == total)
        let active = try projects.add(Project(name: "ByLab", status: .active, goals: ["3.4"], strategies: ["3.4a"]))
        let uncovered = try projects.coverage().map(\.code)
        #expect(!uncovered.contains("3.4") && !uncovered.contains("3.4a") && uncovered.contains("3.4b"))
        try projects.setStatus(active, .completed)
        #expect(try projects.coverage().count == total)
    }

    @Test func partnersTakeRolesWithContributions() throws {
        let project = try projects.add(Project(name: "Klyngeprosjekt", goals: ["3.5"]))
        try PartnerRepository(db).add(name: "Innovasjon Norge", kind: .funding)
        try projects.setPartner(project, partner: "Innovasjon Norge", role: .funder, contribution: .set(Money(kroner: 500_000)))
        try projects.setPartner(project, partner: "Innovasjon Norge", role: .funder, contribution: .set(Money(kroner: 750_000)))
        let roles = try projects.detail(project).partners
        #expect(roles.count == 1)
        #expect(roles.first?.contribution == Money(kroner: 750_000))
        #expect(throws: PortfolioError.self) { try projects.setPartner(project, partner: "Ukjent AS", role: .owner) }
    }
}

@Suite struct HistoryTests {
    let db: PortfolioDatabase

    init() throws {
        db = try PortfolioDatabase.create(path: try makeTemporaryFolder() + "/history.sqlite", actor: "kari")
    }

    @Test func everyChangeOfAProjectIsRecordedWithOldAndNewValues() throws {
        let projects = ProjectRepository(db)
        let id = try projects.add(Project(name: "ByLab", budget: Money(kroner: 100), goals: ["3.4"]))
        try projects.update(id) { $0.budget = Money(kroner: 250) }
        try projects.setStatus(id, .planned, note: "Styrevedtak")
        let entries = try HistoryRepository(db).entries(table: "project", id: id)
        #expect(entries.map(\.table) == ["project", "project_goal", "project", "project"])
        #expect(entries.map(\.action) == ["insert", "insert", "update", "update"])
        #expect(entries.allSatisfy { $0.actor == "kari" })
        #expect(entries[2].changes == [.init(field: "budget_ore", old: "10000", new: "25000")])
        #expect(entries[3].changes == [.init(field: "status", old: "idea", new: "planned"),
                                       .init(field: "status_note", old: nil, new: "Styrevedtak")])
    }

    @Test func aWriteOutsideMonIsRecordedAsSuch() throws {
        try db.connection.execute("INSERT INTO fund(name) VALUES ('Covid-fond')")
        let entry = try #require(try HistoryRepository(db).entries(table: "fund").last)
        #expect(entry.actor == "outside mon")
        #expect(entry.newValues == #"{"id":2,"name":"Covid-fond","description":null}"#)
    }

    @Test func refusesUnknownTablesAndAnIdWithoutATable() throws {
        #expect(throws: PortfolioError.self) { try HistoryRepository(db).entries(table: "nosuch") }
        #expect(throws: PortfolioError.self) { try HistoryRepository(db).entries(table: "history") }
        #expect(throws: PortfolioError.self) { try HistoryRepository(db).entries(id: 1) }
    }
}
