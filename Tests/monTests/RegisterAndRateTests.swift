import Foundation
import Testing
import TestSupport

/// The register of state aid, the months' EUR reference rates, the de minimis
/// awards behind a total, and `rank --explain` adding up (issue 13 items 4–7).
@Suite struct RegisterAndRateTests {
    /// Two group members, money for 2023 and 2024, and GBER applications: 1 and 2 of
    /// 3 400 000 kr (EUR 340 000 at 10), 3 of 1 000 000 kr and 4 of 4 000 000 kr, 5 of 1 000 000 kr.
    static let fixture = buildDatabase([
        ["partner", "add", "Nordlaks Vefsn AS", "--orgnr", "910000004", "--group", "Nordlaks-konsernet", "--municipality", "Vefsn"],
        ["partner", "add", "Nordlaks Settefisk AS", "--orgnr", "910000012", "--group", "Nordlaks-konsernet", "--municipality", "Vefsn"],
        ["fund", "allocate", "--year", "2023", "20 000 000"],
        ["fund", "allocate", "--year", "2024", "20 000 000"],
        ["grant", "apply", "--applicant", "910000004", "--amount", "3 400 000", "--total-cost", "10 000 000", "--received", "2023-05-02", "--basis", "gber"],
        ["grant", "apply", "--applicant", "910000004", "--amount", "3 400 000", "--total-cost", "10 000 000", "--received", "2023-12-20", "--basis", "gber"],
        ["grant", "apply", "--applicant", "910000004", "--amount", "1 000 000", "--total-cost", "4 000 000", "--received", "2023-12-01", "--basis", "gber"],
        ["grant", "apply", "--applicant", "910000004", "--amount", "4 000 000", "--total-cost", "10 000 000", "--received", "2023-12-01", "--basis", "gber"],
        ["grant", "apply", "--applicant", "910000012", "--amount", "1 000 000", "--total-cost", "4 000 000", "--received", "2024-02-01", "--basis", "gber"],
    ])

    let db: String

    init() throws {
        db = try copyDatabase(in: Self.fixture)
    }

    func run(_ arguments: [String]) throws -> MonRun {
        try mon(arguments + ["--db", db])
    }

    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> MonRun {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments): \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    /// Refused with exactly `message`, and the file not changed by a byte.
    func refused(_ arguments: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try fileBytes(db)
        let result = try run(arguments)
        expectRefused(result, message, sourceLocation: sourceLocation)
        #expect(result.stderr == "error: \(message)\n", sourceLocation: sourceLocation)
        #expect(try fileBytes(db) == before, sourceLocation: sourceLocation)
    }

    func jsonRows(_ arguments: [String]) throws -> [[String: Any]] {
        try #require(try ok(arguments + ["--format", "json"]).json() as? [[String: Any]])
    }

    @Test func theRegisterThresholdIsTheOneOfTheAwardDay() throws {
        // EUR 340 000 in June 2023 is under that day's EUR 500 000; in January 2024 over EUR 100 000.
        #expect(try ok(["grant", "approve", "1", "--date", "2023-06-15", "--eur-rate", "10"]).stderr == "")
        #expect(try ok(["grant", "approve", "2", "--date", "2024-01-15", "--eur-rate", "10"]).stderr
                == "warning: an award of EUR 340 000 must be reported to Registeret for offentlig støtte (from EUR 100 000)\n")
        // On either side of 2023-12-11: EUR 400 000 the day before is not reported, EUR 100 000 on the day is.
        _ = try ok(["grant", "approve", "4", "--date", "2023-12-10", "--eur-rate", "10"])
        _ = try ok(["grant", "approve", "3", "--date", "2023-12-11", "--eur-rate", "10"])
        let register = try jsonRows(["grant", "list", "--register"])
        #expect(register.map { $0["id"] as? Int } == [2, 3])
        #expect(register.map { $0["award_eur"] as? Int } == [340_000, 100_000])
        #expect(register.map { $0["report_by"] as? String } == ["2024-07-15", "2024-06-11"])
        #expect(register.first?["basis"] as? String == "gber")
        let csv = try ok(["grant", "list", "--register", "--format", "csv"]).stdout
        #expect(csv == "id,recipient,basis,approved_on,amount,award_eur,report_by\r\n"
                + "2,Nordlaks Vefsn AS,gber,2024-01-15,3400000,340000,2024-07-15\r\n3,Nordlaks Vefsn AS,gber,2023-12-11,1000000,100000,2024-06-11\r\n")
    }

    @Test func grantDueListsRegistrationsFallingDueBesideDeadlines() throws {
        _ = try ok(["grant", "approve", "2", "--date", "2024-01-15", "--eur-rate", "10", "--deadline", "2024-07-20"])
        _ = try ok(["grant", "approve", "3", "--date", "2023-12-11", "--eur-rate", "10"])
        let due = try jsonRows(["grant", "due", "--today", "2024-07-01", "--within", "30"])
        // Grant 3's registration was due 2024-06-11, before today: mon cannot tell whether it was made.
        #expect(due.map { "\($0["kind"]!) \($0["id"]!) \($0["deadline"]!) \($0["days_left"]!) \($0["state"]!)" } == [
            "registration 2 2024-07-15 14 due", "deadline 2 2024-07-20 19 due",
        ])
        #expect(try jsonRows(["grant", "due", "--today", "2024-06-01", "--within", "10"]).map { $0["kind"] as? String } == ["registration"])
        let bokmal = try mon(["grant", "due", "--today", "2024-07-01", "--within", "30", "--db", db], environment: ["MON_LANG": "nb"]).stdout
        #expect(bokmal.contains("melding") && bokmal.contains("frist"))
    }

    @Test func stateAidWithoutARateTakesTheMonthsRateOrIsRefused() throws {
        try refused(["grant", "approve", "5", "--date", "2024-02-20"],
                    "state aid is counted and reported in EUR, and no EUR rate is recorded for 2024-02: give the rate with --eur-rate, or record the month's with `mon rate set 2024-02 RATE`")
        _ = try ok(["rate", "set", "2024-02", "11,52"])
        _ = try ok(["grant", "approve", "5", "--date", "2024-02-20"])
        let shown = try #require(try ok(["grant", "show", "5", "--format", "json"]).json() as? [String: Any])
        #expect(shown["eur_rate"] as? Double == 11.52)
        // 1 000 000 kr at 11.52 NOK per EUR, to the cent.
        #expect(shown["award_eur"] as? Double == 86_805.56)
    }

    @Test func aTypedRateMoreThanFivePercentFromTheMonthsIsRefusedOnBothSides() throws {
        _ = try ok(["rate", "set", "2024-01", "11.52"])
        // 5 % of 11.52 is 0.576: 10.944 to 12.096 is accepted.
        try refused(["grant", "approve", "2", "--date", "2024-01-15", "--eur-rate", "12.10"],
                    "the EUR rate 12.1 is more than 5 % from the reference rate of 2024-01, 11.52: check the rate, or correct the month's with `mon rate set 2024-01 RATE`")
        try refused(["grant", "approve", "2", "--date", "2024-01-15", "--eur-rate", "10,94"],
                    "the EUR rate 10.94 is more than 5 % from the reference rate of 2024-01, 11.52: check the rate, or correct the month's with `mon rate set 2024-01 RATE`")
        _ = try ok(["grant", "approve", "2", "--date", "2024-01-15", "--eur-rate", "12.09"])
        _ = try ok(["grant", "approve", "3", "--date", "2024-01-15", "--eur-rate", "10.95"])
        let rates = try ok(["sql", "SELECT id, eur_rate FROM grant WHERE id IN (2, 3) ORDER BY id", "--format", "csv"]).stdout
        #expect(rates == "id,eur_rate\r\n2,12.09\r\n3,10.95\r\n")
        let bokmal = try mon(["grant", "approve", "5", "--date", "2024-02-20", "--db", db], environment: ["MON_LANG": "nb"])
        #expect(bokmal.stderr.hasPrefix("error: statsstøtte regnes og meldes i EUR, og ingen eurokurs er registrert for 2024-02"))
    }

    @Test func ratesAreSetListedAndCorrected() throws {
        _ = try ok(["rate", "set", "2024-03", "11,52", "--actor", "Kari"])
        _ = try ok(["rate", "set", "01.2024", "11.4925"])
        _ = try ok(["rate", "set", "03.2024", "11.6", "--actor", "Kari"])
        let rates = try jsonRows(["rate", "list"])
        #expect(rates.map { $0["month"] as? String } == ["2024-01", "2024-03"])
        #expect(rates.map { $0["nok_per_eur"] as? Double } == [11.4925, 11.6])
        #expect(rates.last?["set_by"] as? String == "Kari")
        #expect(Set(rates[0].keys) == ["month", "nok_per_eur", "set_by", "set_at"])
        let bokmal = try mon(["rate", "list", "--db", db], environment: ["MON_LANG": "nb"]).stdout
        #expect(bokmal.contains("11,4925"))
        try refused(["rate", "set", "2024-13", "11.5"], "'2024-13' is not a month: write it like 2024-03 or 03.2024")
        try refused(["rate", "set", "2024-04", "1149"], "'1149' is not an EUR rate: it is 1 to 100 NOK per EUR; write it like 11.49")
        let history = try ok(["history", "--table", "eur_rate", "--format", "csv"]).stdout
        #expect(history.split(separator: "\r\n").count == 4)
    }

    @Test func deMinimisListsEveryAwardUnderTheTotals() throws {
        _ = try ok(["grant", "apply", "--applicant", "910000012", "--amount", "1 000 000", "--total-cost", "4 000 000", "--received", "2024-02-01"])
        _ = try ok(["grant", "approve", "6", "--date", "2024-02-15", "--eur-rate", "10"])
        _ = try ok(["deminimis", "declare", "910000004", "575 000", "--date", "2024-01-15", "--giver", "Innovasjon Norge", "--eur-rate", "11.5"])
        try refused(["deminimis", "declare", "910000004", "230 000", "--date", "2024-03-10", "--giver", "Nordland fylkeskommune"],
                    "de minimis aid is counted in EUR, and no EUR rate is recorded for 2024-03: give the rate with --eur-rate, or record the month's with `mon rate set 2024-03 RATE`")
        _ = try ok(["rate", "set", "2024-03", "11,5"])
        _ = try ok(["deminimis", "declare", "910000004", "230 000", "--date", "2024-03-10", "--giver", "Nordland fylkeskommune"])
        let position = try #require(try ok(["deminimis", "910000004", "--at", "2024-06-30", "--format", "json"]).json() as? [String: Any])
        #expect(position["total_eur"] as? Int == 170_000)
        let awards = try #require(position["awards"] as? [[String: Any]])
        #expect(awards.map { NSDictionary(dictionary: $0) } == [
            ["date": "2024-01-15", "partner_id": 1, "partner": "Nordlaks Vefsn AS", "source": "declared", "giver": "Innovasjon Norge",
             "nok": 575_000, "eur_rate": 11.5, "eur": 50_000],
            ["date": "2024-02-15", "partner_id": 2, "partner": "Nordlaks Settefisk AS", "source": "grant", "grant_id": 6,
             "nok": 1_000_000, "eur_rate": 10, "eur": 100_000],
            ["date": "2024-03-10", "partner_id": 1, "partner": "Nordlaks Vefsn AS", "source": "declared", "giver": "Nordland fylkeskommune",
             "nok": 230_000, "eur_rate": 11.5, "eur": 20_000],
        ].map { NSDictionary(dictionary: $0) })
        // The GBER grants do not count; a person sees the awards below the totals.
        let table = try ok(["deminimis", "910000012", "--at", "2024-06-30"]).stdout
        #expect(table.contains("Awards:"))
        #expect(table.contains("Nordlaks Settefisk AS") && table.contains("Nordland fylkeskommune") && table.contains("grant"))
    }
}

@Suite struct RankExplainTests {
    static let demo = buildDatabase([["demo"]])

    @Test func theShownPointsAddUpToTheScoreForEveryProjectOfTheDemo() throws {
        let db = try copyDatabase(in: Self.demo)
        let csvHeader = try mon(["rank", "--explain", "--as-of", "2024-06-30", "--format", "csv", "--db", db]).stdout.prefix { $0 != "\r\n" }
        let criteria = ["jobs", "competence", "attractiveness", "priority", "green", "innovation", "visibility", "collaboration"]
        for column in ["score", "feasibility", "feasibility_factor", "sector", "multiplier"] + criteria.map({ "points_" + $0 }) {
            #expect(csvHeader.split(separator: ",").contains(Substring(column)), "\(csvHeader)")
        }
        let explained = try #require(try mon(["rank", "--explain", "--as-of", "2024-06-30", "--format", "json", "--db", db]).json() as? [[String: Any]])
        let ranked = try #require(try mon(["rank", "--as-of", "2024-06-30", "--format", "json", "--db", db]).json() as? [[String: Any]])
        #expect(explained.count == ranked.count && ranked.count >= 15)
        let hundredths = { (value: Any?) in Int((((value as? Double) ?? .nan) * 100).rounded()) }
        for (row, project) in zip(explained, ranked) {
            #expect(criteria.map { hundredths(row["points_" + $0]) }.reduce(0, +) == hundredths(row["score"]), "\(row)")
            #expect(hundredths(row["score"]) == hundredths(project["score"]))
            #expect(row["feasibility"] is Int && row["multiplier"] is Double)
        }
        // A person sees each project's feasibility factor and multiplier, and a total equal to the score.
        let table = try mon(["rank", "--explain", "--top", "1", "--as-of", "2024-06-30", "--db", db]).stdout
        #expect(table.contains("feasibility") && table.contains("the multiplier of") && table.contains("total"))
    }
}
