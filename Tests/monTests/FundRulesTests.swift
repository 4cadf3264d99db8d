import Foundation
import Testing
import TestSupport

/// Each fund's own rules: intensity limits, the default basis and the holdback, a fund
/// without its own value using the general parameter.
@Suite struct FundRulesTests {
    static let today: String = {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Europe/Oslo")!, from: Date())
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }()
    static let year = String(today.prefix(4))

    /// Two funds with money this year; the covid fund allows at most 60 % support intensity.
    /// Grants 1 (covid fund) and 2 (the general fund) each ask 70 % of their costs, with a reason.
    static let folder = buildDatabase([
        ["partner", "add", "Sjøgata Kafé AS", "--orgnr", "910000020", "--municipality", "Vefsn"],
        ["fund", "add", "Covid-fond"],
        ["fund", "allocate", "--year", year, "1 000 000"],
        ["fund", "allocate", "--fund", "Covid-fond", "--year", year, "1 000 000"],
        ["fund", "param", "set", "Covid-fond", "intensity_max", "0,6"],
        apply("Covid-fond"), apply("Kommunalt næringsfond"),
    ])

    static func apply(_ fund: String, basis: [String] = ["--basis", "not-aid"]) -> [String] {
        ["grant", "apply", "--applicant", "910000020", "--amount", "70 000", "--total-cost", "100 000", "--received", today,
         "--fund", fund] + basis
    }

    static func approve(_ id: Int) -> [String] {
        ["grant", "approve", "\(id)", "--date", today, "--reason", "Viktig for lokalsamfunnet"]
    }

    @Test func theSameApplicationIsApprovedInOneFundAndRefusedInTheOther() throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try fileBytes(db)
        expectRefused(try mon(Self.approve(1) + ["--db", db]), "above the limit of 60.0 %")
        #expect(try fileBytes(db) == before)
        let run = try mon(Self.approve(2) + ["--db", db])
        #expect(run.status == 0, "\(run.stderr)")
        let show = try #require(try mon(["grant", "show", "2", "--db", db, "--format", "json"]).json() as? [String: Any])
        #expect(show["status"] as? String == "approved")
    }

    @Test func aFundsValuesAreListedAndItsDefaultBasisIsGiven() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(["fund", "param", "set", "Covid-fond", "deminimis_basis_default", "gruppeunntak", "--db", db]).status == 0)
        let rows = try #require(try mon(["fund", "param", "list", "Covid-fond", "--db", db, "--format", "json"]).json() as? [[String: Any]])
        #expect(rows.map { $0["key"] as? String } == ["deminimis_basis_default", "intensity_max"])
        #expect(rows.map { $0["value"] as? String } == ["gber", "0.6"])
        #expect(try mon(Self.apply("Covid-fond", basis: []) + ["--db", db]).status == 0)
        #expect(try mon(Self.apply("Kommunalt næringsfond", basis: []) + ["--db", db]).status == 0)
        let covid = try #require(try mon(["grant", "show", "3", "--db", db, "--format", "json"]).json() as? [String: Any])
        let general = try #require(try mon(["grant", "show", "4", "--db", db, "--format", "json"]).json() as? [String: Any])
        #expect(covid["basis"] as? String == "gber")
        #expect(general["basis"] as? String == "de-minimis")
    }

    @Test(arguments: [
        (["fund", "param", "set", "Covid-fond", "intensity_max", "1,5"], "intensity_max is a share between 0 and 1"),
        (["fund", "param", "set", "Covid-fond", "holdback_default", "1,5"], "holdback_default is a share from 0 to 1 with at most four decimals"),
        (["fund", "param", "set", "Covid-fond", "deminimis_basis_default", "gave"], "'gave' is not a basis of aid"),
        (["fund", "param", "set", "Covid-fond", "ceiling", "1"], "'ceiling' is not a rule a fund may set"),
        (["fund", "param", "set", "Ingen-fond", "intensity_max", "0,5"], "Ingen-fond"),
        (["fund", "param", "set", "Covid-fond", "intensity_max", "0,5", "--from", "2020-01-01"], "2020"),
    ] as [([String], String)])
    func badValuesAreRefused(arguments: [String], reason: String) throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try fileBytes(db)
        expectRefused(try mon(arguments + ["--db", db]), reason)
        #expect(try fileBytes(db) == before)
    }
}
