import Foundation
import Testing
import TestSupport

/// What `mon doctor`, `mon sql` and `mon import` say when they refuse, in the reader's language.
@Suite struct MaintenanceLanguageTests {
    @Test func doctorCountsItsFailedChecksInBothLanguages() throws {
        let db = try makeTemporaryFolder() + "/mon.sqlite"
        #expect(try mon(["init", "--db", db]).status == 0)
        #expect(try mon([db, "DROP INDEX project_goal_one_primary"], binary: "/usr/bin/sqlite3").status == 0)
        let norwegian = try mon(["doctor", "--db", db], environment: LanguageCommandTests.norwegian)
        #expect(norwegian.status == 1 && norwegian.errorLines == ["error: 1 av 9 kontroller feilet: skjema"], "\(norwegian.stderr)")
        let english = try mon(["doctor", "--db", db], environment: LanguageCommandTests.english)
        #expect(english.status == 1 && english.errorLines == ["error: 1 of 9 checks failed: schema"], "\(english.stderr)")
    }

    @Test func sqlsUsageErrorsAreInTheReadersLanguage() throws {
        let db = try makeTemporaryFolder() + "/mon.sqlite"
        #expect(try mon(["init", "--db", db]).status == 0)
        let before = try fileBytes(db)
        let timeout = try mon(["sql", "SELECT 1", "--timeout", "0", "--db", db], environment: LanguageCommandTests.norwegian)
        #expect(timeout.status == 2 && timeout.stderr.contains("--timeout tar 1 til 86 400 sekunder, ikke 0"), "\(timeout.stderr)")
        let parameter = try mon(["sql", "SELECT :x", "--param", "x", "--db", db], environment: LanguageCommandTests.norwegian)
        #expect(parameter.status == 2 && parameter.stderr.contains("--param tar KEY=VALUE, ikke 'x'"), "\(parameter.stderr)")
        let english = try mon(["sql", "SELECT :x", "--param", "=1", "--db", db], environment: LanguageCommandTests.english)
        #expect(english.status == 2 && english.stderr.contains("--param takes KEY=VALUE, not '=1'"), "\(english.stderr)")
        #expect(try fileBytes(db) == before)
    }

    @Test func anUnknownImportKindIsRefusedListingTheKinds() throws {
        let folder = try makeTemporaryFolder()
        let db = folder + "/mon.sqlite"
        #expect(try mon(["init", "--db", db]).status == 0)
        try Data("name\n".utf8).write(to: URL(fileURLWithPath: folder + "/budsjett.csv"))
        let before = try fileBytes(db)
        let norwegian = try mon(["import", "budgets", folder + "/budsjett.csv", "--db", db], environment: LanguageCommandTests.norwegian)
        #expect(norwegian.status == 1 && norwegian.errorLines == ["error: kan ikke importere 'budgets'; velg projects, partners, grants"],
                "\(norwegian.stderr)")
        let english = try mon(["import", "budgets", folder + "/budsjett.csv", "--db", db], environment: LanguageCommandTests.english)
        #expect(english.errorLines == ["error: cannot import 'budgets'; choose projects, partners, grants"], "\(english.stderr)")
        #expect(try fileBytes(db) == before)
    }
}
