import Foundation
import Testing
import TestSupport

/// Output in the reader's language: headers, status words, `15.03.2024` and decimal
/// commas under a Norwegian locale, today's English otherwise; JSON and CSV the
/// same in both. Names sort the Norwegian way (æ, ø, å after z) in every language.
@Suite struct NorwegianOutputTests {
    static let norwegian = LanguageCommandTests.norwegian
    static let english = LanguageCommandTests.english

    /// Partners and funds whose names start with Æ, Ø, Å and lower-case letters.
    static let names = buildDatabase([
        ["partner", "add", "ærlig"], ["partner", "add", "Øvre"], ["partner", "add", "åsen"],
        ["partner", "add", "Zeta"], ["partner", "add", "alfa"], ["partner", "add", "Bjørk"],
        ["fund", "add", "Øvre fond"], ["fund", "add", "Aktivitetsfond"],
    ])

    @Test func grantListShowsHeadersStatusWordsAndDatesInTheReadersLanguage() throws {
        let db = try GrantFixture.copy()
        let norwegian = try lines(try mon(["grant", "list", "--db", db], environment: Self.norwegian))
        #expect(norwegian[0] == "id  status           søker                  fond                            søkt     innvilget"
                + "    utbetalt      gjenstår  mottatt     innvilget dato  frist")
        #expect(norwegian[3] == " 2  bortfalt         Sjøgata Kafé AS        Kommunalt næringsfond     100 000 kr    100 000 kr"
                + "        0 kr          0 kr  10.01.2024  01.02.2024      01.06.2024")
        #expect(norwegian[7] == " 6  delvis utbetalt  Sjøgata Kafé AS        Kommunalt næringsfond     200 000 kr    200 000 kr"
                + "   50 000 kr    150 000 kr  10.01.2024  01.02.2024      31.12.2024")

        // English is as it always was.
        let english = try lines(try mon(["grant", "list", "--db", db], environment: Self.english))
        #expect(english[0] == "id  status       applicant              fund                         applied      approved"
                + "        paid     remaining  received    approved_on  deadline")
        #expect(english[3] == " 2  lapsed       Sjøgata Kafé AS        Kommunalt næringsfond     100 000 kr    100 000 kr"
                + "        0 kr          0 kr  2024-01-10  2024-02-01   2024-06-01")
        #expect(english[7].hasPrefix(" 6  partly paid  "))
    }

    @Test func projectsAndPartnersShowTheirStatusAndKindInTheReadersWords() throws {
        let db = try Fixture.copy()
        let projects = try lines(try mon(["project", "list", "--db", db], environment: Self.norwegian))
        #expect(projects == [
            "id  navn                          status    område  mål  strategier  start       slutt         budsjett  ansvarlig",
            "--  ----------------------------  --------  ------  ---  ----------  ----------  ----------  ----------  ---------",
            " 1  Mulighetsanalyse Vefsn ByLab  aktiv          3  3.4  3.4a        10.01.2022  31.12.2023  450 000 kr",
            " 2  Laksetrapper i Vefsna         fullført       2  2.5",
            " 3  Kulturnæringshage             avbrutt        2  2.6",
        ])
        let english = try lines(try mon(["project", "list", "--db", db], environment: Self.english))
        #expect(english[0] == "id  name                          status     area  goals  strategies  start       end             budget  responsible")
        #expect(english[2] == " 1  Mulighetsanalyse Vefsn ByLab  active        3  3.4    3.4a        2022-01-10  2023-12-31  450 000 kr")
        let partners = try mon(["partner", "list", "--db", db], environment: Self.norwegian).stdout
        #expect(partners.contains("\n 1  Vefsn kommune          974760673  offentlig  Vefsn\n"))
    }

    @Test func historyNamesWhatHappenedInTheReadersWordsAndTheStoredWordForPrograms() throws {
        let db = try Fixture.copy()
        _ = try mon(["project", "update", "1", "--responsible", "Kari", "--db", db])
        let norwegian = try lines(try mon(["history", "--table", "project", "--id", "1", "--db", db], environment: Self.norwegian))
        #expect(norwegian[0].contains("  handling  "))
        #expect(norwegian.filter { $0.contains("  project  ") }.map { $0.contains(" lagt inn ") || $0.contains(" endret ") } == [true, true])
        #expect(!norwegian.contains { $0.contains(" insert ") || $0.contains(" update ") })
        let english = try lines(try mon(["history", "--table", "project", "--id", "1", "--db", db], environment: Self.english))
        #expect(english.filter { $0.contains("  project  ") }.map { $0.contains(" insert ") || $0.contains(" update ") } == [true, true])
        let csv = try mon(["history", "--table", "project", "--id", "1", "--format", "csv", "--db", db], environment: Self.norwegian)
        #expect(csv.stdout.contains(",project,1,insert,") && csv.stdout.contains(",project,1,update,"))
    }

    @Test func programsGetTheSameCodesAndISODatesInEveryLanguage() throws {
        let db = try GrantFixture.copy()
        for format in ["json", "csv"] {
            let norwegian = try mon(["grant", "list", "--format", format, "--db", db], environment: Self.norwegian)
            let english = try mon(["grant", "list", "--format", format, "--db", db], environment: Self.english)
            #expect(norwegian.status == 0 && norwegian.stdout == english.stdout)
            #expect(norwegian.stdout.contains("lapsed") && norwegian.stdout.contains("2024-06-01") && !norwegian.stdout.contains("bortfalt"))
        }
    }

    @Test func aRecordShowsFieldsSharesAndSectionsInTheReadersLanguage() throws {
        let db = try GrantFixture.copy()
        let norwegian = try mon(["grant", "show", "6", "--db", db], environment: Self.norwegian)
        let field = { (name: String, value: String) in "\n" + name.padding(toLength: 28, withPad: " ", startingAt: 0) + value + "\n" }
        #expect(norwegian.stdout.hasPrefix("felt                        verdi\n"))
        #expect(norwegian.stdout.contains(field("status", "delvis utbetalt")))
        #expect(norwegian.stdout.contains(field("støtteintensitet", "25,0 %")))
        #expect(norwegian.stdout.contains(field("grunnlag", "ikke offentlig støtte")))
        #expect(norwegian.stdout.contains(field("mottatt dato", "10.01.2024")))
        #expect(norwegian.stdout.hasSuffix("""

            Utbetalinger:
            dato        type            beløp  siste
            ----------  ----------  ---------  -----
            01.03.2024  utbetaling  50 000 kr  nei

            """))

        let english = try mon(["grant", "show", "6", "--db", db], environment: Self.english)
        #expect(english.stdout.hasPrefix("field             value\n"))
        #expect(english.stdout.contains("\nintensity         25.0 %\n"))
        #expect(english.stdout.hasSuffix("""

            Payments:
            date        kind        amount  final
            ----------  -------  ---------  -----
            2024-03-01  payment  50 000 kr  no

            """))
    }

    @Test func markdownIsInTheReadersLanguageToo() throws {
        let db = try GrantFixture.copy()
        let run = try mon(["grant", "list", "--status", "lapsed", "--format", "markdown", "--db", db], environment: Self.norwegian)
        #expect(run.stdout.hasPrefix("| id | status | søker |"))
        #expect(run.stdout.contains("| 2 | bortfalt | Sjøgata Kafé AS |"))
        #expect(run.stdout.contains("| 10.01.2024 | 01.02.2024 | 01.06.2024 |"))
    }

    @Test func partnersSortWithÆØÅAfterZAndCaseIgnoredInEveryLanguage() throws {
        let db = try copyDatabase(in: Self.names)
        let expected = ["alfa", "Bjørk", "Zeta", "ærlig", "Øvre", "åsen"]
        for environment in [Self.norwegian, Self.english] {
            let listed = try #require(try mon(["partner", "list", "--format", "json", "--db", db], environment: environment).json()
                as? [[String: Any]])
            #expect(listed.compactMap { $0["name"] as? String } == expected)
            let table = try lines(try mon(["partner", "list", "--db", db], environment: environment))
            #expect(table.dropFirst(2).map { $0.split(separator: " ")[1] } == expected.map { Substring($0) })
        }
        let funds = try #require(try mon(["fund", "list", "--format", "json", "--db", db]).json() as? [[String: Any]])
        #expect(funds.compactMap { $0["name"] as? String } == ["Aktivitetsfond", "Kommunalt næringsfond", "Øvre fond"])
    }

    @Test func sqlCanSortTheNorwegianWay() throws {
        let db = try copyDatabase(in: Self.names)
        let run = try mon(["sql", "SELECT name FROM partner ORDER BY name COLLATE norwegian DESC", "--format", "csv", "--db", db])
        #expect(run.stdout == "name\r\nåsen\r\nØvre\r\nærlig\r\nZeta\r\nBjørk\r\nalfa\r\n")
    }

    /// Every header, section title and word a layout names has its entry: none is shown as its bare key.
    @Test func everyWordOnScreenHasAnEntryInBothLanguages() throws {
        let db = try makeTemporaryFolder() + "/demo.sqlite"
        #expect(try mon(["demo", "--db", db]).status == 0)
        // A partly paid grant, beside the demo's repayment and grants in every other state.
        #expect(try mon(["grant", "pay", "7", "1 000", "--date", "2024-12-31", "--db", db]).status == 0)
        let commands = [
            ["plan", "show"], ["plan", "coverage"], ["project", "show", "1"], ["partner", "show", "1"], ["grant", "show", "1"],
            ["grant", "list", "--register"], ["grant", "list", "--public"], ["grant", "due", "--today", "2022-01-01", "--within", "3650"], ["history", "verify"],
            ["fund", "status"], ["fund", "list"], ["rank", "--explain", "--top", "1"], ["select", "--budget", "1 000 000"],
            ["rank", "--sensitivity", "--runs", "10"], ["param", "show"], ["history", "--table", "grant", "--id", "7"], ["doctor"], ["demo"],
            ["grant", "show", "4"], ["grant", "show", "7"],
            ["deminimis", "1", "--at", "2024-03-05"], ["rate", "list"],
        ]
        for command in commands {
            for environment in [Self.norwegian, Self.english] {
                let run = try mon(command == ["demo"] ? command : command + ["--db", db], environment: environment)
                #expect(run.status == 0, "\(command): \(run.stderr)")
                for prefix in ["header.", "section.", "label.", "cell."] {
                    #expect(!run.stdout.contains(prefix), "\(command) shows a bare key: \(run.stdout)")
                }
            }
        }
    }

    private func lines(_ run: MonRun, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        #expect(run.status == 0, "\(run.stderr)", sourceLocation: sourceLocation)
        return run.stdout.split(separator: "\n").map(String.init)
    }
}
