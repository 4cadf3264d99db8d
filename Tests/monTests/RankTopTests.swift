import Foundation
import Testing
import TestSupport

/// `rank --top N` reads the funding of the best projects only, a batch at a time, yet
/// proposes exactly the first N of the whole ranking, funded projects left out and the rest numbered from 1.
@Suite struct RankTopTests {
    /// A synthetic portfolio: many of the best projects already hold grants that cover their requests.
    static let folder = buildDatabase([["demo", "--synthetic", "--projects", "150", "--grants", "1500", "--seed", "3"]])

    private func rows(_ arguments: [String], db: String) throws -> [[String: Any]] {
        let run = try mon(arguments + ["--as-of", "2026-11-27", "--format", "json", "--db", db])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return try #require(try run.json() as? [[String: Any]])
    }

    @Test(arguments: [["rank"], ["rank", "--include-funded"]])
    func theTopIsTheFirstRowsOfTheWholeRanking(arguments: [String]) throws {
        let db = try copyDatabase(in: Self.folder)
        let all = try rows(arguments, db: db)
        let included = try rows(["rank", "--include-funded"], db: db)
        // Funded projects stand among the best, so that leaving them out is tested.
        #expect(arguments.count == 2 || all.count < included.count)
        for top in [1, 7, 40] {
            let first = try rows(arguments + ["--top", "\(top)"], db: db)
            #expect(first.count == min(top, all.count))
            #expect(first.map { $0["project_id"] as? Int } == all.prefix(top).map { $0["project_id"] as? Int })
            #expect(first.map { $0["rank"] as? Int } == Array(1...first.count))
            #expect(first.map { $0["granted"] as? Double } == all.prefix(top).map { $0["granted"] as? Double })
        }
    }
}

/// `grant list` printed as it is read: JSON and CSV a row at a time, the same text as a whole list.
@Suite struct GrantListStreamTests {
    @Test func aYearWithoutGrantsIsAnEmptyArrayAndAHeaderOnly() throws {
        let db = try copyDatabase(in: FormatAgreementTests.demo)
        #expect(try mon(["grant", "list", "--year", "1990", "--format", "json", "--db", db]).stdout == "[]\n")
        #expect(try mon(["grant", "list", "--year", "1990", "--format", "csv", "--db", db]).stdout
                == "id,status,applicant,fund,applied,approved,paid,remaining,received,approved_on,deadline\r\n")
        #expect(try mon(["grant", "list", "--year", "1990", "--db", db]).stdout.split(separator: "\n").count == 2)
    }

    @Test func aYearsGrantsAreThoseTheShellFinds() throws {
        let db = try copyDatabase(in: FormatAgreementTests.demo)
        let year = "2024"
        let expected = try mon(["sql", "SELECT id FROM grant WHERE status <> 'annulled' AND substr(coalesce(approved_on, received_on), 1, 4) = '\(year)' ORDER BY id",
                                "--format", "csv", "--db", db]).stdout.split(separator: "\r\n").dropFirst().map { Int($0) }
        let rows = try #require(try mon(["grant", "list", "--year", year, "--format", "json", "--db", db]).json() as? [[String: Any]])
        #expect(!expected.isEmpty)
        #expect(rows.map { $0["id"] as? Int } == expected)
        let csv = try mon(["grant", "list", "--year", year, "--format", "csv", "--db", db]).stdout
        #expect(csv.split(separator: "\r\n").count == expected.count + 1)
    }
}
