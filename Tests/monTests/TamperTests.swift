import Foundation
import SQLite
import Testing
import TestSupport

/// Tampering from outside mon, with the rules that would stop it dropped
/// first: `history verify` names the first history row that no longer matches,
/// `doctor` names every trigger, index and view that is not as the migrations
/// made it. Both only read: the file is the same byte for byte afterwards.
@Suite struct TamperTests {
    let db: String
    let connection: Connection

    init() throws {
        db = try Fixture.copy()
        connection = try Connection(path: db)
    }

    /// `mon history verify` refused: exit 1, one `error:` line, the file unchanged; the JSON it printed.
    func verifyFails(naming row: Int64, _ problem: String) throws {
        let before = try fileBytes(db)
        let run = try mon(["history", "verify", "--format", "json", "--db", db])
        #expect(run.status == 1)
        #expect(run.errorLines == ["error: history row \(row) \(problem)"])
        let result = try #require(try run.json() as? [String: Any])
        #expect(result["intact"] as? Bool == false)
        #expect(result["first_broken_row"] as? Int == Int(row))
        #expect(try fileBytes(db) == before)
    }

    func historyCount() throws -> Int64 {
        try connection.scalar("SELECT count(*) FROM history") ?? 0
    }

    @Test func anIntactHistoryVerifiesAndNamesItsHead() throws {
        let run = try mon(["history", "verify", "--format", "json", "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        let result = try #require(try run.json() as? [String: Any])
        let rows = try historyCount()
        #expect(rows > 10)
        #expect(result["rows"] as? Int == Int(rows))
        #expect(result["unsealed"] as? Int == 0)
        #expect(result["intact"] as? Bool == true)
        let head = try #require(result["head"] as? [String: Any])
        #expect(head["rows"] as? Int == Int(rows))
        let hash: String? = try connection.scalar("SELECT lower(hex(substr(hash, 1, 8))) FROM history WHERE id = ?", [rows])
        #expect(head["hash"] as? String == hash)
        #expect(try mon(["history", "verify", "--db", db]).stdout.contains(try #require(hash)))
    }

    @Test func theBoardReportEndsWithTheChainsHead() throws {
        let rows = try historyCount()
        let hash = try #require(try connection.scalar("SELECT lower(hex(substr(hash, 1, 8))) FROM history WHERE id = ?", [rows], as: String.self))
        let footer = "Historikken: \(rows) rader forseglet, kjedens hode \(hash) (kontrolleres med mon history verify)."
        #expect(try mon(["report", "--db", db]).stdout.hasSuffix(footer + "\n"))
        #expect(try mon(["report", "--format", "html", "--db", db]).stdout.contains("<footer><p class=\"note\">\(footer)</p></footer>"))
    }

    @Test func anUpdatedRowIsNamed() throws {
        try connection.execute("DROP TRIGGER history_is_append_only_update")
        try connection.execute("UPDATE history SET new_values = json_set(new_values, '$.name', 'Ukjent AS') WHERE id = 3")
        try verifyFails(naming: 3, "no longer matches its seal: its content or its place in the history was changed")
    }

    @Test func aDeletedRowIsNamedByTheRowAfterIt() throws {
        try connection.execute("DROP TRIGGER history_is_append_only_delete")
        try connection.execute("DELETE FROM history WHERE id = 4")
        try verifyFails(naming: 5, "follows row 3: rows between them were removed, or it was put there by hand")
    }

    @Test func aForgedRowWithAHighIdIsNamedEvenOnceMonHasSealedIt() throws {
        let last = try historyCount()
        try connection.execute("""
            INSERT INTO history (id, actor, table_name, row_id, action, new_values)
            VALUES (?, 'kari', 'grant', 1, 'insert', '{"id":1,"amount_approved_ore":500000000}')
            """, [last + 1000])
        try verifyFails(naming: last + 1000, "follows row \(last): rows between them were removed, or it was put there by hand")
        #expect(try mon(["partner", "add", "Mosjøen Næringsforening", "--db", db]).status == 0)
        try verifyFails(naming: last + 1000, "follows row \(last): rows between them were removed, or it was put there by hand")
    }

    @Test func aForgedRowWithAMadeUpSealIsNamed() throws {
        let next = try historyCount() + 1
        try connection.execute("""
            INSERT INTO history (id, actor, table_name, row_id, action, new_values, hash)
            VALUES (?, 'kari', 'fund', 1, 'update', '{}', randomblob(32))
            """, [next])
        try verifyFails(naming: next, "no longer matches its seal: its content or its place in the history was changed")
    }

    @Test func twoSwappedRowsAreNamed() throws {
        try connection.execute("DROP TRIGGER history_is_append_only_update")
        try connection.execute("CREATE TEMP TABLE swapped AS SELECT * FROM history WHERE id IN (4, 5)")
        try connection.execute("""
            UPDATE history SET (at, actor, table_name, row_id, action, old_values, new_values, hash) =
                (SELECT at, actor, table_name, row_id, action, old_values, new_values, hash FROM swapped
                 WHERE swapped.id = CASE history.id WHEN 4 THEN 5 ELSE 4 END)
            WHERE id IN (4, 5)
            """)
        try verifyFails(naming: 4, "no longer matches its seal: its content or its place in the history was changed")
    }

    @Test func aRowWrittenOutsideMonIsSealedAtMonsNextWriteUnderItsOwnActor() throws {
        try connection.execute("UPDATE project SET responsible = 'Per' WHERE id = 1")
        let outside = try historyCount()
        let waiting = try #require(try mon(["history", "verify", "--format", "json", "--db", db]).json() as? [String: Any])
        #expect(waiting["unsealed"] as? Int == 1)
        #expect(waiting["intact"] as? Bool == true)
        #expect(try mon(["partner", "add", "Mosjøen Næringsforening", "--db", db, "--actor", "kari"]).status == 0)
        let sealed = try #require(try mon(["history", "verify", "--format", "json", "--db", db]).json() as? [String: Any])
        #expect(sealed["unsealed"] as? Int == 0)
        #expect(sealed["rows"] as? Int == Int(outside + 1))
        #expect(try connection.scalar("SELECT actor FROM history WHERE id = ?", [outside], as: String.self) == "outside mon")
    }

    /// `mon doctor` refused: exit 1, one `error:` line naming the failed checks, the file unchanged.
    func doctorFails(_ checks: String, saying details: [String]) throws {
        let before = try fileBytes(db)
        let run = try mon(["doctor", "--format", "json", "--db", db])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1)
        #expect(run.errorLines.first?.hasSuffix("checks failed: \(checks)") == true, "\(run.stderr)")
        let found = try #require(try run.json() as? [[String: Any]]).compactMap { $0["detail"] as? String }.joined(separator: "; ")
        for detail in details { #expect(found.contains(detail), "\(detail)") }
        #expect(try fileBytes(db) == before)
    }

    @Test func doctorNamesADateOutsideTheYearsMonKeepsAndPassesOnceItIsCorrected() throws {
        let db = try GrantFixture.copy()
        let connection = try Connection(path: db)
        // Valid ISO days, which the schema's CHECKs let through, but outside the years a day of mon's can be.
        try connection.execute("UPDATE grant SET received_on = '2201-01-01' WHERE id = 1")
        try connection.execute("UPDATE grant SET received_on = '1850-05-01' WHERE id BETWEEN 2 AND 7")
        // A moment mon stamps is held to nothing by the schema; the years are the same.
        try connection.execute("UPDATE partner SET created_at = '2301-01-01T00:00:00Z' WHERE id = 3")
        let broken = try mon(["doctor", "--format", "json", "--db", db])
        #expect(broken.status == 1)
        #expect(broken.errorLines == ["error: 2 of 9 checks failed: dates, fund: Kommunalt næringsfond"])
        let checks = try #require(try broken.json() as? [[String: Any]])
        let dates = try #require(checks.first { $0["check"] as? String == "dates" })
        let outside = { (row: String, column: String, date: String) in "\(row): \(column) is \(date), outside the years mon keeps (1900 to 2200)" }
        #expect(dates["detail"] as? String == [
            outside("grant 1", "received_on", "2201-01-01"),
            outside("grant 2", "received_on", "1850-05-01"), outside("grant 3", "received_on", "1850-05-01"),
            outside("grant 4", "received_on", "1850-05-01"), outside("grant 5", "received_on", "1850-05-01"),
            "grant.received_on: 2 more", outside("partner 3", "created_at", "2301-01-01T00:00:00Z"),
        ].joined(separator: "; "))
        // The checks after the one such a date stops are still made, and it says why it could not be.
        #expect(checks.last?["detail"] as? String
                == "not checked: a value it reads is not what its column should hold (the other checks name such values)")
        #expect(checks.count == 9)
        // A list that reads such a date says what it found and where to look, and nothing more of SQLite's.
        let list = try mon(["grant", "list", "--db", db])
        #expect(list.status == 1 && list.stdout.isEmpty)
        #expect(list.errorLines == ["error: the database holds a value mon cannot read, such as a date outside 1900–2200 "
                                    + "written outside mon; `mon doctor` names where"])

        // Corrected, the fund's ledger keeps a day of zeros at the old date; it moves nothing and stops nothing.
        try connection.execute("UPDATE grant SET received_on = '2024-01-10' WHERE id BETWEEN 1 AND 7")
        try connection.execute("UPDATE partner SET created_at = '2026-01-01T00:00:00Z' WHERE id = 3")
        #expect(try connection.scalar("SELECT count(*) FROM ledger_fund_day WHERE day = '1850-05-01'", as: Int64.self) == 1)
        let sound = try mon(["doctor", "--db", db])
        #expect(sound.status == 0, "\(sound.stdout)\(sound.stderr)")
        #expect(sound.stdout.contains("every date in 29 date columns lies within 1900 to 2200"))
    }

    @Test func aListThatReadsADateOutsideTheYearsSaysSoAndDoctorNamesIt() throws {
        try connection.execute("UPDATE project SET start_date = '1850-01-01' WHERE id = 1")
        for command in [["project", "list"], ["project", "show", "1"], ["report"]] {
            let run = try mon(command + ["--db", db])
            #expect(run.status == 1 && run.stdout.isEmpty, "\(command)")
            #expect(run.errorLines == ["error: the database holds a value mon cannot read, such as a date outside 1900–2200 "
                                       + "written outside mon; `mon doctor` names where"], "\(command)")
        }
        try doctorFails("dates", saying: ["project 1: start_date is 1850-01-01, outside the years mon keeps (1900 to 2200)"])
    }

    @Test func doctorNamesADroppedRuleAndADroppedHistoryTrigger() throws {
        try connection.execute("DROP TRIGGER grant_decision_is_final")
        try connection.execute("DROP TRIGGER project_history_update")
        try doctorFails("schema", saying: ["trigger grant_decision_is_final is missing", "trigger project_history_update is missing"])
    }

    @Test func doctorNamesAChangedAndADroppedIndexAndAViewAdded() throws {
        try connection.execute("DROP INDEX grant_by_applicant")
        try connection.execute("DROP INDEX partner_by_group")
        try connection.execute("CREATE INDEX partner_by_group ON partner (name)")
        try connection.execute("CREATE VIEW grant_total AS SELECT sum(amount_approved_ore) FROM grant")
        try doctorFails("schema", saying: ["index grant_by_applicant is missing", "index partner_by_group differs from what the migrations made",
                                           "view grant_total was not made by the migrations"])
    }

    @Test func doctorRunsTheHistoryVerification() throws {
        try connection.execute("DROP TRIGGER history_is_append_only_delete")
        try connection.execute("DELETE FROM history WHERE id = 2")
        try doctorFails("schema, history", saying: ["trigger history_is_append_only_delete is missing",
                                                     "history row 3 follows row 1"])
    }

    /// The attack that left every check green before: the rules dropped, an approved
    /// amount raised, the rules made again exactly as they were; then a row deleted the same way.
    @Test func doctorNamesARowChangedBehindTheHistorysBack() throws {
        let demo = try makeTemporaryFolder() + "/demo.sqlite"
        #expect(try mon(["demo", "--db", demo]).status == 0)
        func shell(_ sql: String) throws { #expect(try mon([demo, sql], binary: "/usr/bin/sqlite3").status == 0, "\(sql)") }
        let saved = try mon([demo, "SELECT sql || ';' FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'grant'"],
                            binary: "/usr/bin/sqlite3").stdout
        let names = try mon([demo, "SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'grant'"],
                            binary: "/usr/bin/sqlite3").stdout.split(separator: "\n")
        try shell(names.map { "DROP TRIGGER \"\($0)\";" }.joined())
        try shell("UPDATE grant SET amount_approved_ore = amount_approved_ore + 100000000 WHERE id = 8")
        try shell(saved)
        let changed = try mon(["doctor", "--db", demo])
        // The ledger, kept by triggers that were dropped too, no longer matches the grant either.
        #expect(changed.status == 1 && changed.errorLines == ["error: 3 of 9 checks failed: data, ledger, fund: Kommunalt næringsfond"],
                "\(changed.stderr)")
        #expect(changed.stdout.contains("grant 8 differs from what its history last recorded"), "\(changed.stdout)")

        #expect(try mon(["partner", "add", "Slettes AS", "--db", demo]).status == 0)
        try shell("DROP TRIGGER partner_history_delete; DELETE FROM partner WHERE name = 'Slettes AS'")
        let removed = try mon(["doctor", "--db", demo])
        #expect(removed.status == 1 && removed.stdout.contains("is gone, but its history records no deletion"), "\(removed.stdout)")
    }
}
