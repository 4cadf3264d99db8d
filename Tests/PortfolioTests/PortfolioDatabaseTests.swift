import Foundation
import Testing
import Portfolio
import SQLite
import TestSupport

@Suite struct PortfolioDatabaseTests {
    let folder: String

    init() throws {
        folder = try makeTemporaryFolder()
    }

    @Test func createsAndMigratesOnFirstUse() throws {
        let db = try PortfolioDatabase.create(path: folder + "/new.sqlite", actor: "test")
        #expect(try db.appliedMigrations().prefix(3) == ["0001_core", "0002_plan_2021_2024", "0003_history"])
        #expect(try db.connection.scalar("PRAGMA journal_mode", as: String.self) == "wal")
    }

    @Test func embedsEveryMigrationFileExactly() throws {
        let folder = repositoryRoot() + "/Migrations"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sql") }.sorted()
        let db = try PortfolioDatabase.create(path: self.folder + "/m.sqlite", actor: "test")
        #expect(try db.appliedMigrations() == files.map { String($0.dropLast(4)) })
    }

    @Test func refusesADatabaseFromANewerMon() throws {
        let path = folder + "/newer.sqlite"
        let db = try PortfolioDatabase.create(path: path, actor: "test")
        try db.connection.execute("INSERT INTO schema_migrations(id) VALUES ('0099_from_the_future')")
        let before = try fileBytes(path)
        for open in [{ _ = try PortfolioDatabase.open(path: path, actor: "test") },
                     { _ = try PortfolioDatabase.openReadOnly(path: path) }] {
            let error = try #require(throws: PortfolioError.self) { try open() }
            #expect(error.message.contains("created by a newer mon"))
            #expect(error.message.contains("0099_from_the_future"))
        }
        #expect(try fileBytes(path) == before)
    }

    @Test func refusesAFileThatIsNotSQLite() throws {
        let path = folder + "/notes.txt"
        try Data("Møtereferat fra styret\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(throws: PortfolioError.self) { try PortfolioDatabase.create(path: path, actor: "test") }
        #expect(error.message == "\(path) is not a SQLite database (the file was not changed)")
        #expect(try fileBytes(path) == Data("Møtereferat fra styret\n".utf8))
    }

    @Test func refusesASQLiteDatabaseThatIsNotMons() throws {
        let path = folder + "/other.sqlite"
        try Connection(path: path).execute("CREATE TABLE budget (year INTEGER)")
        let before = try fileBytes(path)
        let error = try #require(throws: PortfolioError.self) { try PortfolioDatabase.create(path: path, actor: "test") }
        #expect(error.message.contains("not mon's"))
        #expect(try fileBytes(path) == before)
    }

    @Test func refusesADirectoryAndAnUnwritableLocation() throws {
        let directory = try #require(throws: PortfolioError.self) { try PortfolioDatabase.open(path: folder, actor: "test") }
        #expect(directory.message == "\(folder) is a directory, not a database file")
        let missing = try #require(throws: PortfolioError.self) {
            try PortfolioDatabase.create(path: folder + "/no/such/folder/mon.sqlite", actor: "test")
        }
        #expect(missing.message.contains("does not exist"))
        let file = folder + "/plain"
        #expect(FileManager.default.createFile(atPath: file, contents: Data()))
        let underFile = try #require(throws: PortfolioError.self) {
            try PortfolioDatabase.create(path: file + "/mon.sqlite", actor: "test")
        }
        #expect(underFile.message.contains("is a file, not a folder"))
    }

    @Test func aWriteNamesItsActorOnlyWhileItRuns() throws {
        let db = try PortfolioDatabase.create(path: folder + "/actor.sqlite", actor: "kari.nordmann")
        let seen: String? = try db.write {
            try db.connection.scalar("SELECT name FROM current_actor")
        }
        #expect(seen == "kari.nordmann")
        #expect(try db.connection.scalar("SELECT count(*) FROM current_actor", as: Int64.self) == 0)
    }

    @Test func aRefusedWriteLeavesNothing() throws {
        let db = try PortfolioDatabase.create(path: folder + "/refused.sqlite", actor: "test")
        let error = try #require(throws: PortfolioError.self) {
            try db.write {
                try db.connection.execute("INSERT INTO fund(name) VALUES ('Covid-fond')")
                try db.connection.execute("INSERT INTO fund(name) VALUES ('Kommunalt næringsfond')")
            }
        }
        #expect(error.message == "another fund already has this name")
        #expect(try db.connection.scalar("SELECT count(*) FROM fund WHERE name = 'Kommunalt næringsfond'", as: Int64.self) == 1)
        #expect(try db.connection.scalar("SELECT count(*) FROM fund", as: Int64.self) == 1)
        #expect(try db.connection.scalar("SELECT count(*) FROM current_actor", as: Int64.self) == 0)
    }

    @Test func backupWritesAConsistentCopyAndNeverOverwrites() throws {
        let db = try PortfolioDatabase.create(path: folder + "/source.sqlite", actor: "test")
        try db.write { try db.connection.execute("INSERT INTO fund(name) VALUES ('Covid-fond')") }
        try db.backup(to: folder + "/copy.sqlite")
        let copy = try PortfolioDatabase.openReadOnly(path: folder + "/copy.sqlite")
        #expect(try copy.healthChecks().allSatisfy(\.passed))
        #expect(try copy.query("SELECT name FROM fund ORDER BY id").rows == [[.text("Kommunalt næringsfond")], [.text("Covid-fond")]])
        #expect(try copy.query("SELECT count(*) FROM strategy").rows == [[.integer(51)]])
        let error = try #require(throws: PortfolioError.self) { try db.backup(to: folder + "/copy.sqlite") }
        #expect(error.message.contains("already exists"))
    }

    @Test func doctorFindsABrokenForeignKey() throws {
        let path = folder + "/broken.sqlite"
        _ = try PortfolioDatabase.create(path: path, actor: "test")
        let raw = try Connection(path: path)
        try raw.execute("PRAGMA foreign_keys = OFF")
        try raw.execute("INSERT INTO allocation(fund_id, year, amount_ore) VALUES (42, 2024, 100)")
        let checks = try PortfolioDatabase.openReadOnly(path: path).healthChecks()
        let keys = try #require(checks.first { $0.name == "foreign_keys" })
        #expect(!keys.passed)
        #expect(keys.finding.text(in: .english).contains("allocation row 1 → fund"), "\(keys.finding.text(in: .english))")
        #expect(keys.finding.text(in: .bokmal).contains("allocation rad 1 → fund"))
        #expect(checks.first { $0.name == "integrity" }?.passed == true)
    }
}

@Suite struct ReadOnlyQueryTests {
    let path: String

    init() throws {
        path = try makeTemporaryFolder() + "/query.sqlite"
        _ = try PortfolioDatabase.create(path: path, actor: "test")
    }

    @Test func answersWithNamedParameters() throws {
        let result = try PortfolioDatabase.openReadOnly(path: path)
            .query("SELECT code, title FROM goal WHERE code = :c", parameters: ["c": "2.5"])
        #expect(result.columns == ["code", "title"])
        #expect(result.rows == [[.text("2.5"), .text("Lykkes med ett eller flere lokale signalprosjekter som bidrar til lokal stolthet og økt attraktivitet.")]])
        let counted = try PortfolioDatabase.openReadOnly(path: path)
            .query("SELECT count(*) FROM strategy WHERE goal_id = :g", parameters: ["g": "14"])
        #expect(counted.rows == [[.integer(7)]])
    }

    @Test(arguments: ["DELETE FROM goal", "DROP TABLE goal", "PRAGMA user_version = 7", "UPDATE plan SET name = 'x'",
                      "INSERT INTO fund(name) VALUES ('x')", "CREATE TABLE t(x)", "VACUUM",
                      "SELECT 1; DELETE FROM goal", "REINDEX", "ANALYZE"])
    func refusesEveryWrite(sql: String) throws {
        let before = try fileBytes(path)
        #expect(throws: PortfolioError.self) { try PortfolioDatabase.openReadOnly(path: path).query(sql) }
        #expect(try fileBytes(path) == before)
        #expect(try PortfolioDatabase.openReadOnly(path: path).query("SELECT count(*) FROM goal").rows == [[.integer(16)]])
    }

    @Test func handsRowsOverInBatchesAsTheyAreRead() throws {
        var sizes: [Int] = []
        try PortfolioDatabase.openReadOnly(path: path)
            .query("WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2500) SELECT x FROM n") {
                #expect($0.columns == ["x"])
                sizes.append($0.rows.count)
            }
        #expect(sizes == [1_000, 1_000, 500])
        var empty: [QueryResult] = []
        try PortfolioDatabase.openReadOnly(path: path).query("SELECT code FROM goal WHERE 0") { empty.append($0) }
        #expect(empty.map(\.columns) == [["code"]])
        #expect(empty.first?.rows.isEmpty == true)
    }

    @Test func explainsBadSQLAndMissingParameters() throws {
        let db = try PortfolioDatabase.openReadOnly(path: path)
        #expect(throws: PortfolioError.refused("the query is not valid SQL: near \"SELEKT\": syntax error")) { try db.query("SELEKT 1") }
        #expect(throws: PortfolioError.refused("the query failed: no value for parameter :c")) {
            try db.query("SELECT * FROM goal WHERE code = :c")
        }
    }
}
