import Testing
import TestSupport

/// `--help` in the reader's language: bokmål under a Norwegian locale, English otherwise;
/// command and option names, and the examples' commands, the same in both.
@Suite struct HelpLanguageTests {
    /// The help as one line of words: argument-parser wraps it to the terminal's width.
    func help(_ arguments: [String], _ environment: [String: String]) throws -> String {
        let run = try mon(arguments + ["--help"], environment: environment)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(arguments) --help: \(run.stderr)")
        return run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// What `mon project add --help` says, in English and in bokmål.
    static let projectAdd: [(english: String, norwegian: String)] = [
        ("Register a project; prints its id.", "Registrer et prosjekt; skriver ut id-en."),
        ("A project serves at least one goal of the plan; the first --goal is its primary goal.",
         "Et prosjekt bidrar til minst ett mål i planen; den første --goal er hovedmålet."),
        ("Example: mon project add \"Mulighetsanalyse Vefsn ByLab\" --goal 3.4 3.3",
         "Eksempel: mon project add \"Mulighetsanalyse Vefsn ByLab\" --goal 3.4 3.3"),
        ("--goal <code> Goals it serves (`1.1 2.4`), the primary goal first.",
         "--goal <code> Målene det bidrar til (`1.1 2.4`), hovedmålet først."),
        ("Budget in kroner (1 250 000 or 1250000,50).", "Budsjett i kroner (1 250 000 eller 1250000,50)."),
        ("idea (default), planned, active, completed or cancelled.",
         "idé (idea, standard), planlagt (planned), aktiv (active), fullført (completed) eller avbrutt (cancelled)."),
        ("--db <path> The database file. Default: $MON_DB, else", "--db <path> Databasefilen. Standard: $MON_DB, ellers"),
        ("--format <format> Output format: table, json, csv or markdown.", "--format <format> Utdataformat: table, json, csv eller markdown."),
    ]

    @Test func projectAddHelpIsNorwegianUnderANorwegianLocale() throws {
        let norwegian = try help(["project", "add"], LanguageCommandTests.norwegian)
        let english = try help(["project", "add"], LanguageCommandTests.english)
        for (inEnglish, inNorwegian) in Self.projectAdd {
            #expect(norwegian.contains(inNorwegian), "missing under nb_NO: \(inNorwegian)")
            #expect(english.contains(inEnglish), "missing under C: \(inEnglish)")
        }
        #expect(!norwegian.contains("Register a project") && !english.contains("Registrer"))
    }

    @Test func fundStatusHelpIsNorwegianUnderANorwegianLocale() throws {
        let norwegian = try help(["fund", "status"], LanguageCommandTests.norwegian)
        #expect(norwegian.contains("OVERSIKT: Tildelt, bundet, utbetalt, tilbakeført og disponibelt, per fond."))
        #expect(norwegian.contains("disponibelt + bundet + utbetalt = tildelt, alltid."))
        #expect(norwegian.contains("Eksempler: mon fund status mon fund status --year 2023 --format json"))
        #expect(norwegian.contains("--year <year> Slik det stod ved utgangen av dette året."))

        let english = try help(["fund", "status"], LanguageCommandTests.english)
        #expect(english.contains("OVERVIEW: Allocated, committed, disbursed, returned and available, per fund."))
        #expect(english.contains("available + committed + disbursed = allocated, always."))
        #expect(english.contains("--year <year> As it stood at the end of this year."))
    }

    @Test func theRootHelpSaysHowToChooseTheLanguage() throws {
        let norwegian = try help([], LanguageCommandTests.norwegian)
        #expect(norwegian.contains("OVERSIKT: Prosjektporteføljen og næringsfondet til Mosjøen og Omegn Næringsselskap (MON)."))
        #expect(norwegian.contains("Hjelp, meldinger og tabeller er på bokmål når LANG, LC_ALL eller LC_MESSAGES begynner med nb, nn eller no"))
        // A subcommand's abstract in the list of subcommands is in bokmål too.
        #expect(norwegian.contains("backup Skriv en konsistent kopi av databasen til en ny fil, mens andre kan skrive."))
        let english = try help([], LanguageCommandTests.english)
        #expect(english.contains("OVERVIEW: The project portfolio and næringsfond of Mosjøen og Omegn Næringsselskap (MON)."))
        #expect(english.contains("in English otherwise (MON_LANG=en)."))
        // MON_LANG wins over the locale.
        let chosen = try help([], ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "MON_LANG": "nb"])
        #expect(chosen.contains("OVERSIKT: Prosjektporteføljen"))
    }

    @Test func aBoundInTheHelpIsWrittenInTheReadersLanguage() throws {
        #expect(try help(["demo"], LanguageCommandTests.norwegian).contains("--projects <projects> Antall prosjekter som lages (med --synthetic), 0 til 1 000 000."))
        #expect(try help(["demo"], LanguageCommandTests.english).contains("--projects <projects> Projects to make up (with --synthetic), 0 to 1 000 000."))
    }
}
