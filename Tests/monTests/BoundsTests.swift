import Foundation
import Testing
import TestSupport

/// Runs `arguments` on a copy of `fixture` and checks a refusal as a user sees it:
/// exit status 1, exactly one `error:` line holding `reason`, nothing on standard
/// output, and the database file byte for byte as it was.
func expectRefusal(_ arguments: [String], on fixture: () throws -> String, saying reason: String,
                   sourceLocation: SourceLocation = #_sourceLocation) throws {
    let db = try fixture()
    let before = try fileBytes(db)
    let run = try mon(arguments + ["--db", db])
    #expect(run.status == 1, "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.errorLines.count == 1 && run.stderr.hasPrefix("error: "), "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.stderr.contains(reason), "\(arguments): \(run.stderr)", sourceLocation: sourceLocation)
    #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
    #expect(try fileBytes(db) == before, "\(arguments) changed the file", sourceLocation: sourceLocation)
}

/// Every number a person types has a bound, stated in the help and enforced with
/// one clear refusal that writes nothing. Among them, each input that once
/// crashed mon or gave `inf` (issue 11), kept here so that none comes back.
@Suite struct BoundsTests {
    static let cases: [(arguments: [String], reason: String)] = [
        // EUR rates: 5 to 25 NOK per EUR on the day (dated parameters); nothing outside 1 to 100 reads as a rate.
        (["grant", "approve", "11", "--date", "2024-03-03", "--eur-rate", "1149"],
         "error: '1149' is not an EUR rate: it is 1 to 100 NOK per EUR; write it like 11.49\n"),
        (["grant", "approve", "14", "--date", "2024-03-03", "--eur-rate", "0.0000000000001"], "'0.0000000000001' is not an EUR rate"),
        (["grant", "approve", "14", "--date", "2024-03-03", "--eur-rate", "4,99"],
         "error: an EUR rate of 4.99 is outside 5 to 25 NOK per EUR, the bounds on 2024-03-03 (eur_rate_min, eur_rate_max); write NOK per EUR, like 11.49\n"),
        (["grant", "approve", "14", "--date", "2024-03-03", "--eur-rate", "25.01"], "an EUR rate of 25.01 is outside 5 to 25 NOK per EUR"),
        (["grant", "approve", "14", "--date", "2024-03-03", "--eur-rate", "nan"], "'nan' is not an exchange rate"),
        (["deminimis", "declare", "910000039", "100 000", "--date", "2024-01-15", "--giver", "IN", "--eur-rate", "26"],
         "an EUR rate of 26 is outside 5 to 25 NOK per EUR, the bounds on 2024-01-15"),
        (["param", "set", "eur_rate_min", "30"], "error: eur_rate_min must not be above eur_rate_max; `mon param show` shows both\n"),
        (["param", "set", "eur_rate_max", "101"], "error: an EUR rate limit must be 1 to 100 NOK per EUR, not 101\n"),
        // Amounts: at most 10 000 000 000 kr each.
        (["select", "--budget", "999 999 999 999 999", "--frontier", "100"],
         "error: '999 999 999 999 999' is more than 10 000 000 000 kr, the most mon takes as one amount\n"),
        (["fund", "allocate", "--year", "2025", "10 000 000 000,01"], "is more than 10 000 000 000 kr"),
        // 93 allocations of this once overflowed every later sum.
        (["fund", "allocate", "--year", "2025", "999 999 999 999 999"], "'999 999 999 999 999' is more than 10 000 000 000 kr"),
        (["grant", "apply", "--applicant", "910000020", "--amount", "10 000 000 001", "--total-cost", "20 000 000 000"],
         "'10 000 000 001' is more than 10 000 000 000 kr"),
        // Counts and days.
        (["grant", "due", "--within", "3000000"], "error: --within must be 0 to 3 650 days, not 3 000 000\n"),
        (["grant", "due", "--within=-1"], "--within must be 0 to 3 650 days, not -1"),
        (["select", "--budget", "1 000", "--frontier", "1001"], "error: --frontier must be 1 to 1 000 steps, not 1 001\n"),
        (["select", "--budget", "1 000", "--frontier", "0"], "--frontier must be 1 to 1 000 steps, not 0"),
        (["rank", "--sensitivity", "--runs", "100000000"], "error: --runs must be 1 to 100 000, not 100 000 000\n"),
        (["rank", "--sensitivity", "--runs", "0"], "--runs must be 1 to 100 000, not 0"),
        (["rank", "--top", "0"], "error: --top must be 1 to 100 000 projects, not 0\n"),
        (["rank", "--top", "100001"], "--top must be 1 to 100 000 projects, not 100 001"),
        (["demo", "--synthetic", "--projects", "1000001"], "--projects must be 0 to 1 000 000, not 1 000 001"),
        (["demo", "--synthetic", "--grants", "10000001"], "--grants must be 0 to 10 000 000, not 10 000 001"),
        // The scoring model: weights 0 to 100, multipliers and persons per job 0.5 to 5, jobs 0 to 100 000.
        (["weights", "set", "jobs=1e308"], "error: '1e308' is not a number for jobs; write it like 12 or 12,5\n"),
        (["weights", "set", "jobs=101"], "error: the weight of jobs must be 0 to 100, not 101\n"),
        (["weights", "set", "green=-1"], "the weight of green must be 0 to 100, not -1"),
        (["weights", "set", "jobs=nan"], "'nan' is not a number for jobs"),
        (["param", "set", "multiplier.tourism", "1e308"], "error: '1e308' is not a number; write it like 1.5\n"),
        (["param", "set", "multiplier.tourism", "5.5"], "error: the multiplier of tourism must be 0.5 to 5, not 5.5\n"),
        (["param", "set", "multiplier.tourism", "0.4"], "the multiplier of tourism must be 0.5 to 5, not 0.4"),
        (["param", "set", "persons_per_job", "6"], "error: persons per job must be 0.5 to 5, not 6\n"),
        (["param", "set", "persons_per_job", "inf"], "'inf' is not a number"),
        (["assess", "1", "--direct-jobs", "100001", "--feasibility", "3"], "error: direct jobs must be 0 to 100 000, not 100 001\n"),
        (["assess", "1", "--direct-jobs", "nan", "--feasibility", "3"], "'nan' is not a number for --direct-jobs"),
        (["assess", "1", "--direct-jobs", "100001", "--feasibility", "3"], "direct jobs must be 0 to 100 000, not 100 001"),
    ]

    @Test(arguments: cases)
    func isRefusedAndWritesNothing(arguments: [String], reason: String) throws {
        try expectRefusal(arguments, on: GrantFixture.copy, saying: reason)
    }

    @Test func theHelpStatesEachBound() throws {
        let helps: [([String], String)] = [
            (["grant", "approve", "--help"], "5 to 25"), (["grant", "due", "--help"], "0 to 3 650 days"),
            (["select", "--help"], "1 to 1 000 steps"), (["select", "--help"], "at most 10 000 000 000"),
            (["rank", "--help"], "1 to 100 000"), (["weights", "set", "--help"], "0 to 100"),
            (["param", "set", "--help"], "0.5 to 5"), (["assess", "--help"], "0 to 100 000"),
            (["deminimis", "declare", "--help"], "5 to 25"),
        ]
        for (arguments, bound) in helps {
            let help = try mon(arguments).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(help.contains(bound), "\(arguments) does not state \(bound)")
        }
    }

    @Test func aGrantsFileWithAnEmptyReceivedOnIsRefusedAtItsLine() throws {
        let file = try makeTemporaryFolder() + "/grants.csv"
        try Data("applicant,amount_applied,total_cost,received_on\n910000020,100,1000,\n".utf8).write(to: URL(fileURLWithPath: file))
        try expectRefusal(["import", "grants", file], on: GrantFixture.copy,
                          saying: "error: \(file), line 2, column received_on: received_on is empty; it is required\n")
    }

    @Test func anImportRecordOverOneMegabyteIsRefusedAtItsLine() throws {
        let file = try makeTemporaryFolder() + "/partners.csv"
        let text = "name,municipality\nA AS,Vefsn\n\"B AS\",\"" + String(repeating: "x", count: 1 << 20) + "\"\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        try expectRefusal(["import", "partners", file], on: GrantFixture.copy,
                          saying: "error: \(file), line 3: a record longer than 1 MB begins here; mon reads records up to 1 MB (is a quote left open?)\n")
    }

    @Test func sensitivityRunsAreBoundedByWhatTheyHoldOverALargePortfolio() throws {
        // 1 000 made-up projects, of which 571 are open and assessed: 100 000 runs would hold 57 million ranks.
        let folder = buildDatabase([["demo", "--synthetic", "--projects", "1000", "--grants", "0"]])
        try expectRefusal(["rank", "--sensitivity", "--runs", "100000"], on: { try copyDatabase(in: folder) },
                          saying: "error: --runs 100000 over 571 projects is more than mon holds at once; ask for at most 43782 runs\n")
    }

    @Test func anEURRateWithinTheBoundsIsTakenAndTheBoundsMoveWithTheirParameters() throws {
        let db = try GrantFixture.copy()
        #expect(try mon(["grant", "approve", "14", "--date", "2024-03-03", "--eur-rate", "11,49", "--db", db]).status == 0)
        let rate = try mon(["sql", "SELECT eur_rate FROM grant WHERE id = 14", "--format", "csv", "--db", db]).stdout
        #expect(rate == "eur_rate\r\n11.49\r\n")
        let from = "2099-01-01"
        #expect(try mon(["param", "set", "eur_rate_max", "30", "--from", from, "--db", db]).status == 0)
        let declared = try mon(["deminimis", "declare", "910000039", "1 000", "--date", from, "--giver", "IN", "--eur-rate", "28", "--db", db])
        #expect(declared.status == 0, "\(declared.stderr)")
    }
}
