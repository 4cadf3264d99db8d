import Foundation
import Testing
import TestSupport

/// Amounts, dates and decimal numbers typed as a Norwegian adviser types them are
/// stored as the exact values they mean; an amount that could mean two things is
/// refused, naming both, and nothing is written.
@Suite struct NorwegianInputTests {
    private func stored(_ query: String, _ db: String) throws -> String {
        try mon(["sql", query, "--format", "csv", "--db", db]).stdout
    }

    @Test func amountsAndDatesInNorwegianFormsAreStoredExactly() throws {
        let db = try Fixture.copy()
        let norwegian = ["LANG": "nb_NO.UTF-8", "MON_LANG": ""]
        for (budget, start) in [("kr 1.250.000", "15.3.2024"), ("NOK 1 250 000", "1.4.2024"), ("1 250 000,-", "2024-05-01"), ("1.250.000,50", "01.06.2024")] {
            let run = try mon(["project", "add", "Budsjett \(budget)", "--goal", "1.1", "--budget", budget, "--start", start, "--db", db], environment: norwegian)
            #expect(run.status == 0, "\(budget): \(run.stderr)")
        }
        #expect(try stored("SELECT budget_ore, start_date FROM project WHERE id > 3 ORDER BY id", db)
            == "budget_ore,start_date\r\n125000000,2024-03-15\r\n125000000,2024-04-01\r\n125000000,2024-05-01\r\n125000050,2024-06-01\r\n")
    }

    @Test func jobsAndWeightsTakeADecimalComma() throws {
        let db = try Fixture.copy()
        #expect(try mon(["assess", "1", "--date", "2024-01-10", "--direct-jobs", "12,5", "--competence-jobs", "2,5", "--priority-jobs", "0.5",
                         "--feasibility", "3", "--db", db]).status == 0)
        #expect(try stored("SELECT direct_jobs, competence_jobs, priority_jobs FROM assessment", db)
            == "direct_jobs,competence_jobs,priority_jobs\r\n12.5,2.5,0.5\r\n")
        #expect(try mon(["weights", "set", "jobs=0,35", "--db", db]).status == 0)
        #expect(try mon(["weights", "show", "--format", "json", "--db", db]).stdout.contains("0.35"))
    }

    @Test func anAmbiguousAmountIsRefusedInTheReadersLanguageAndNothingIsWritten() throws {
        let db = try Fixture.copy()
        let before = try fileBytes(db)
        let run = try mon(["project", "add", "X", "--goal", "1.1", "--budget", "1.250", "--db", db], environment: ["LANG": "nb_NO.UTF-8", "MON_LANG": ""])
        #expect(run.status == 1)
        #expect(run.stderr == "error: '1.250' er ikke et entydig beløp: det kan være 1 250 kr eller 1,25 kr; skriv 1 250 eller 1,25\n")
        #expect(try fileBytes(db) == before)
    }
}
