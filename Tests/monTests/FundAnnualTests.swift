import Foundation
import Testing
import TestSupport

/// Reporting categories, target groups and `fund annual`: the year's grants counted
/// by category and target group, each sum equal to SQL over the raw tables.
@Suite struct FundAnnualTests {
    /// 2025: grant 1 (1310, women + young, 200 000 granted, 50 000 paid in 2025 and 30 000 in 2026),
    /// 2 (1310, immigrants, 100 000), 3 (2000, no target, 80 000, all paid), 4 (no category, young),
    /// 5 annulled (1310), 6 approved in 2024 (1310), 7 in the covid fund (1310, women).
    static let folder = buildDatabase([
        ["partner", "add", "Sjøgata Kafé AS", "--orgnr", "910000020", "--municipality", "Vefsn"],
        ["fund", "add", "Covid-fond"],
        ["fund", "allocate", "--year", "2024", "5 000 000"],
        ["fund", "allocate", "--year", "2025", "5 000 000"],
        ["fund", "allocate", "--fund", "Covid-fond", "--year", "2025", "1 000 000"],
        apply("200 000"), approve(1, "2025-02-01", ["--category", "1310", "--target", "kvinner", "--target", "young"]),
        ["grant", "pay", "1", "50 000", "--date", "2025-03-01"], ["grant", "pay", "1", "30 000", "--date", "2026-01-15"],
        apply("100 000"), approve(2, "2025-03-01", ["--category", "1310", "--target", "immigrants"]),
        apply("80 000"), approve(3, "2025-12-31", ["--category", "2000"]), ["grant", "pay", "3", "80 000", "--date", "2025-12-31"],
        apply("40 000"), approve(4, "2025-05-01", ["--target", "unge"]),
        apply("10 000"), approve(5, "2025-05-01", ["--category", "1310"]),
        ["grant", "annul", "5", "--reason", "registrert to ganger"],
        apply("60 000", received: "2024-01-10"), approve(6, "2024-12-31", ["--category", "1310"]),
        apply("20 000", fund: "Covid-fond"), approve(7, "2025-06-01", ["--category", "1310", "--target", "women"]),
    ])

    static func apply(_ amount: String, received: String = "2025-01-10", fund: String = "Kommunalt næringsfond") -> [String] {
        ["grant", "apply", "--applicant", "910000020", "--amount", amount, "--total-cost", "1 000 000", "--received", received,
         "--basis", "not-aid", "--fund", fund]
    }

    static func approve(_ id: Int, _ date: String, _ more: [String]) -> [String] {
        ["grant", "approve", "\(id)", "--date", date] + more
    }

    /// The report's rows as (dimension, code) → (grants, granted, paid_in_year), amounts in kroner.
    static func annual(_ db: String, _ more: [String] = []) throws -> [String: [Double]] {
        let run = try mon(["fund", "annual", "--year", "2025", "--db", db, "--format", "json"] + more)
        #expect(run.status == 0, "\(run.stderr)")
        let rows = try #require(try run.json() as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.map { row in
            ("\(row["dimension"]!):\((row["code"] as? String) ?? "-")",
             [row["grants"] as! Double, row["granted"] as! Double, row["paid_in_year"] as! Double])
        })
    }

    @Test func theYearsGrantsByCategoryAndTarget() throws {
        let db = try copyDatabase(in: Self.folder)
        let rows = try Self.annual(db, ["--fund", "Kommunalt næringsfond"])
        #expect(rows["category:1310"] == [2, 300_000, 50_000])
        #expect(rows["category:2000"] == [1, 80_000, 80_000])
        #expect(rows["category:-"] == [1, 40_000, 0])
        #expect(rows["target:women"] == [1, 200_000, 50_000])
        #expect(rows["target:young"] == [2, 240_000, 50_000])
        #expect(rows["target:immigrants"] == [1, 100_000, 0])
        #expect(rows["target:-"] == [1, 80_000, 80_000])
        #expect(rows["total:-"] == [4, 420_000, 130_000])
        // Without --fund, every fund: grant 7 of the covid fund counts too.
        let all = try Self.annual(db)
        #expect(all["category:1310"] == [3, 320_000, 50_000])
        #expect(all["total:-"] == [5, 440_000, 130_000])
        #expect(try Self.annual(db, ["--fund", "Covid-fond"])["total:-"] == [1, 20_000, 0])
        #expect(try Self.annual(db, ["--fund", "Covid-fond"])["target:women"] == [1, 20_000, 0])
    }

    /// The SQL a person would write over the raw tables gives the same sums, per category and target.
    @Test func sumsEqualSQLOverTheRawTables() throws {
        let db = try copyDatabase(in: Self.folder)
        let byCategory = """
            SELECT coalesce(g.category, '-') AS code, count(*) AS grants, sum(g.amount_approved_ore) / 100.0 AS granted,
                   sum((SELECT coalesce(sum(p.amount_ore), 0) FROM payment p WHERE p.grant_id = g.id AND p.kind = 'payment'
                        AND p.paid_on BETWEEN '2025-01-01' AND '2025-12-31')) / 100.0 AS paid
            FROM grant g WHERE g.status <> 'annulled' AND g.approved_on BETWEEN '2025-01-01' AND '2025-12-31' AND g.fund_id = 1
            GROUP BY g.category
            """
        let byTarget = """
            SELECT t.target AS code, count(*) AS grants, sum(g.amount_approved_ore) / 100.0 AS granted,
                   sum((SELECT coalesce(sum(p.amount_ore), 0) FROM payment p WHERE p.grant_id = g.id AND p.kind = 'payment'
                        AND p.paid_on BETWEEN '2025-01-01' AND '2025-12-31')) / 100.0 AS paid
            FROM grant g JOIN grant_target t ON t.grant_id = g.id
            WHERE g.status <> 'annulled' AND g.approved_on BETWEEN '2025-01-01' AND '2025-12-31' AND g.fund_id = 1
            GROUP BY t.target
            """
        let report = try Self.annual(db, ["--fund", "1"])
        for (dimension, sql) in [("category", byCategory), ("target", byTarget)] {
            let run = try mon(["sql", sql, "--db", db, "--format", "json"])
            let rows = try #require(try run.json() as? [[String: Any]], "\(run.stderr)")
            #expect(!rows.isEmpty)
            for row in rows {
                let key = "\(dimension):\(row["code"] as! String)"
                #expect(report[key] == [row["grants"] as! Double, row["granted"] as! Double, row["paid"] as! Double], "\(key)")
            }
        }
    }

    @Test func grantShowNamesTheCategoryAndTargets() throws {
        let db = try copyDatabase(in: Self.folder)
        let json = try #require(try mon(["grant", "show", "1", "--db", db, "--format", "json"]).json() as? [String: Any])
        #expect(json["category"] as? String == "1310")
        #expect(json["targets"] as? String == "women,young")
        let table = try mon(["grant", "show", "1", "--db", db], environment: ["MON_LANG": "nb"]).stdout
        #expect(table.contains("kvinner, unge"))
    }

    @Test func aCategoryIsAddedAndListed() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(["category", "add", "9000", "--name", "Lokal ordning", "--name-en", "Local scheme", "--db", db]).status == 0)
        let rows = try #require(try mon(["category", "list", "--db", db, "--format", "json"]).json() as? [[String: Any]])
        #expect(rows.contains { $0["code"] as? String == "9000" && $0["name_en"] as? String == "Local scheme" })
        #expect(rows.contains { $0["code"] as? String == "1310" })
        let nb = try mon(["fund", "annual", "--year", "2025", "--db", db], environment: ["MON_LANG": "nb"]).stdout
        #expect(nb.contains("Direkte støtte til bedrifter yngre enn 5 år"))
        #expect(nb.contains("innvandrere"))
    }

    @Test(arguments: [
        (["category", "add", "1310", "--name", "Dublett"], "there is already a reporting category 1310"),
        (["category", "add", "13 10", "--name", "X"], "'13 10' is not a category code"),
    ] as [([String], String)])
    func categoryRefusals(arguments: [String], reason: String) throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try fileBytes(db)
        expectRefused(try mon(arguments + ["--db", db]), reason)
        #expect(try fileBytes(db) == before)
    }

    @Test func anApprovalWithAnUnknownCategoryOrTargetIsRefusedWhole() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(Self.apply("1 000") + ["--db", db]).status == 0)
        let before = try fileBytes(db)
        expectRefused(try mon(Self.approve(8, "2025-06-01", ["--category", "7777"]) + ["--db", db]), "there is no reporting category 7777")
        expectRefused(try mon(Self.approve(8, "2025-06-01", ["--target", "pensioners"]) + ["--db", db]), "'pensioners' is not a target group")
        #expect(try fileBytes(db) == before)
    }

    @Test func theWorkbookGoesToAFile() throws {
        let db = try copyDatabase(in: Self.folder)
        let file = URL(fileURLWithPath: db).deletingLastPathComponent().appendingPathComponent("fond.xlsx").path
        #expect(try mon(["fund", "annual", "--year", "2025", "--xlsx", "-o", file, "--db", db]).status == 0)
        #expect(try fileBytes(file).prefix(2) == Data("PK".utf8))
        expectRefused(try mon(["fund", "annual", "--year", "2025", "--xlsx", "-o", file, "--db", db]), "exists")
    }
}
