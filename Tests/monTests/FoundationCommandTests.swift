import Foundation
import Testing
import SQLite
import TestSupport

@Suite struct FoundationCommandTests {
    let folder: String
    let db: String

    init() throws {
        folder = try makeTemporaryFolder()
        db = folder + "/mon.sqlite"
        #expect(try mon(["init", "--db", db]).status == 0)
    }

    @Test func planShowHoldsTheWholePlanAsJSON() throws {
        let run = try mon(["plan", "show", "--format", "json", "--db", db])
        #expect(run.status == 0)
        let plan = try #require(try run.json() as? [String: Any])
        let areas = try #require(plan["focus_areas"] as? [[String: Any]])
        let goals = areas.flatMap { $0["goals"] as? [[String: Any]] ?? [] }
        let strategies = goals.flatMap { $0["strategies"] as? [[String: Any]] ?? [] }
        #expect(areas.count == 3)
        #expect(goals.count == 16)
        #expect(strategies.count == 51)
        let goal = try #require(goals.first { $0["code"] as? String == "3.3" })
        #expect((goal["strategies"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
                == ["3.3a", "3.3b", "3.3c", "3.3d", "3.3e", "3.3f", "3.3g"])
        #expect(goal["title"] as? String == "Iverksette smartby-satsing i kommunen.")
        #expect(areas.map { $0["title"] as? String } == ["Slagkraft for næringsutvikling", "Attraktivt fellesskap", "Fremtidens samfunn"])
    }

    @Test func tableColumnsLineUpWithNorwegianLettersAndLongText() throws {
        let run = try mon(["plan", "show", "--db", db])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map(String.init)
        // The right-aligned project counts all end in the same column, whatever æ, ø and å came before.
        let counted = lines.filter { $0.last?.isNumber == true }
        #expect(counted.count == 67)
        #expect(Set(counted.map(\.count)).count == 1)
        // Long strategy texts wrap inside their column instead of pushing the count out.
        #expect(lines.contains { $0.hasPrefix("                  ") })
        #expect(lines.allSatisfy { $0.count <= counted[0].count })
        #expect(run.stdout.contains("Mer målrettet bruk av næringsfond og andre støtteordninger,"))
    }

    @Test func planShowInCSVAndMarkdown() throws {
        let csv = try mon(["plan", "show", "--format", "csv", "--db", db])
        #expect(csv.stdout.hasPrefix("code,level,text,projects\r\n1,focus area,Slagkraft for næringsutvikling,\r\n"))
        #expect(csv.stdout.contains("1.1a,strategy,Tilrettelegge og tilgjengeliggjøre næringsarealer for ulike næringer.,0\r\n"))
        let markdown = try mon(["plan", "show", "--format", "markdown", "--db", db])
        #expect(markdown.stdout.hasPrefix("| code | level | text | projects |\n| --- | --- | --- | ---: |\n"))
        #expect(markdown.stdout.contains("| 3.3d | strategy | Deltakelse i relevante nettverk, for eksempel «smarte distrikter og lokalsamfunn». | 0 |"))
    }

    @Test(arguments: ["DELETE FROM goal", "DROP TABLE goal", "PRAGMA user_version = 7"])
    func sqlRefusesToWriteAndLeavesTheFileByteForByte(statement: String) throws {
        let before = try fileBytes(db)
        expectRefused(try mon(["sql", statement, "--db", db]), "only reads")
        #expect(try fileBytes(db) == before)
    }

    @Test func sqlAnswersWithNamedParametersAsJSON() throws {
        let run = try mon(["sql", "SELECT code, title FROM goal WHERE code = :c", "--param", "c=2.5", "--format", "json", "--db", db])
        #expect(run.status == 0)
        let rows = try #require(try run.json() as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["code"] as? String == "2.5")
        #expect(rows.first?["title"] as? String == "Lykkes med ett eller flere lokale signalprosjekter som bidrar til lokal stolthet og økt attraktivitet.")
    }

    @Test func sqlKeepsTypesInJSON() throws {
        let run = try mon(["sql", "SELECT year, value, source, NULL AS missing FROM indicator_value WHERE year = :y", "--param", "y=2020",
                           "--format", "json", "--db", db])
        #expect(run.stdout == """
            [
              {
                "year": 2020,
                "value": 13278,
                "source": "SSB",
                "missing": null
              }
            ]

            """)
    }

    @Test func aDatabaseFromANewerMonIsRefusedUnchanged() throws {
        do { // closed at the end of this block, so the row is checkpointed into the file
            let connection = try Connection(path: db)
            try connection.execute("INSERT INTO schema_migrations(id) VALUES ('0042_grants_in_euro')")
        }
        let before = try fileBytes(db)
        for arguments in [["plan", "show"], ["init"], ["sql", "SELECT 1"], ["doctor"]] {
            expectRefused(try mon(arguments + ["--db", db]), "created by a newer mon: it holds migration 0042_grants_in_euro")
        }
        #expect(try fileBytes(db) == before)
    }

    @Test func badLocationsGiveOneClearLine() throws {
        let text = folder + "/styrereferat.txt"
        try Data("Referat fra styremøte i MON\n".utf8).write(to: URL(fileURLWithPath: text))
        expectRefused(try mon(["plan", "show", "--db", text]), "is not a SQLite database")
        #expect(try fileBytes(text) == Data("Referat fra styremøte i MON\n".utf8))
        expectRefused(try mon(["init", "--db", folder]), "is a directory")
        expectRefused(try mon(["init", "--db", "/proc/mon.sqlite"]), "cannot open /proc/mon.sqlite")
        expectRefused(try mon(["init", "--db", text + "/mon.sqlite"]), "is a file, not a folder")
        expectRefused(try mon(["init", "--db", folder + "/missing/mon.sqlite"]), "does not exist")
    }

    @Test func backupIsACompleteConsistentCopy() throws {
        let copy = folder + "/backup.sqlite"
        let run = try mon(["backup", copy, "--db", db])
        #expect(run.status == 0)
        let connection = try Connection(path: copy, mode: .readOnly)
        #expect(try connection.scalar("PRAGMA integrity_check", as: String.self) == "ok")
        let original = try Connection(path: db, mode: .readOnly)
        for table in ["plan", "focus_area", "goal", "strategy", "indicator_value", "parameter", "model_weight", "schema_migrations"] {
            #expect(try connection.rows("SELECT * FROM \(table) ORDER BY 1, 2").map(\.values)
                    == original.rows("SELECT * FROM \(table) ORDER BY 1, 2").map(\.values), "table \(table)")
        }
        expectRefused(try mon(["backup", copy, "--db", db]), "already exists")
    }

    @Test func doctorReportsEveryCheck() throws {
        let run = try mon(["doctor", "--format", "json", "--db", db])
        #expect(run.status == 0)
        let checks = try #require(try run.json() as? [[String: Any]])
        #expect(checks.compactMap { $0["check"] as? String } == ["integrity", "foreign_keys", "migrations", "schema", "history", "data", "dates", "ledger", "fund: Kommunalt næringsfond"])
        #expect(checks.allSatisfy { $0["passed"] as? Bool == true })
    }

    @Test func theDatabaseComesFromDbThenMonDbThenXDG() throws {
        let fromEnvironment = folder + "/from-env.sqlite"
        #expect(try mon(["init"], environment: ["MON_DB": fromEnvironment]).status == 0)
        #expect(FileManager.default.fileExists(atPath: fromEnvironment))
        let dataHome = folder + "/xdg"
        let run = try mon(["init", "--format", "json"], environment: ["XDG_DATA_HOME": dataHome])
        #expect(run.status == 0)
        #expect(FileManager.default.fileExists(atPath: dataHome + "/mon/mon.sqlite"))
        let flag = folder + "/flag.sqlite"
        #expect(try mon(["--db", flag, "init"], environment: ["MON_DB": fromEnvironment]).status == 0)
        #expect(FileManager.default.fileExists(atPath: flag))
    }

    @Test func usageErrorsExitWith2AndHelpWith0() throws {
        #expect(try mon(["plan", "shw", "--db", db]).status == 2)
        #expect(try mon(["sql", "--db", db]).status == 2)
        #expect(try mon(["plan", "show", "--format", "yaml", "--db", db]).status == 2)
        let help = try mon(["sql", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("mon sql \"SELECT code, title FROM goal WHERE code = :c\" --param c=2.5"))
    }

    /// An installed binary carries its migrations: it works with the build folder gone.
    /// Hiding the build folder needs a private mount namespace, which needs root.
    @Test(.enabled(if: getuid() == 0, "needs root to hide the build folder in a mount namespace"))
    func theBinaryWorksCopiedElsewhereWithoutItsBuildFolder() throws {
        let installed = folder + "/bin/mon"
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: monBinary, toPath: installed)
        var buildFolder = URL(fileURLWithPath: monBinary).deletingLastPathComponent()
        while buildFolder.lastPathComponent != ".build" && buildFolder.path != "/" { buildFolder.deleteLastPathComponent() }
        let script = "mount -t tmpfs none '\(buildFolder.path)' && test -z \"$(ls '\(buildFolder.path)')\" && '\(installed)' init --db '\(folder)/installed.sqlite' > /dev/null && '\(installed)' plan show --format json --db '\(folder)/installed.sqlite'"
        let run = try mon(["-m", "sh", "-c", script], binary: "/usr/bin/unshare")
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let plan = try #require(try run.json() as? [String: Any])
        #expect((plan["focus_areas"] as? [Any])?.count == 3)
    }
}
