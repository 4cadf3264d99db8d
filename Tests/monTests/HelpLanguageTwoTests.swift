import Testing
import TestSupport

/// The help of grant, deminimis, assess, weights, rank, select, report, param and
/// history is read in the locale's language: bokmål under a Norwegian `LANG`,
/// English under `C.UTF-8`, with the bounds filled in from the bounds themselves.
@Suite struct HelpLanguageTwoTests {
    /// A command's help, and a phrase of it in bokmål and in English.
    struct Case: Sendable, CustomStringConvertible {
        let command: [String]
        let bokmal: String
        let english: String
        var description: String { command.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(command: ["grant", "approve"],
             bokmal: "Innvilg en søknad: fondet må dekke den, og alle støtteregler må være oppfylt.",
             english: "Approve an application: the fund must cover it, and every aid rule must hold."),
        Case(command: ["grant", "approve"],
             bokmal: "--amount <amount> Innvilget beløp (standard: søknadsbeløpet).",
             english: "--amount <amount> The amount approved (default: the amount applied for)."),
        Case(command: ["grant", "due"],
             bokmal: "Hvor mange dager fram i tid det skal ses, 0 til 3 650 dager.",
             english: "How many days ahead to look, 0 to 3 650 days."),
        Case(command: ["grant"],
             bokmal: "søkt ─► innvilget ─► (delvis utbetalt) ─► utbetalt ─► avsluttet",
             english: "applied ─► approved ─► (partly paid) ─► paid ─► closed"),
        Case(command: ["deminimis", "position"],
             bokmal: "Støtten foretaket har fått i perioden, målt mot taket.",
             english: "The aid the partner's undertaking has had in the window, against the ceiling."),
        Case(command: ["assess"],
             bokmal: "Nye eller sikrede faste arbeidsplasser (årsverk), 0 til 100 000.",
             english: "New or secured permanent jobs (årsverk), 0 to 100 000."),
        Case(command: ["weights", "set"],
             bokmal: "En vekt er 0 til 100: vektene teller i forhold til hverandre",
             english: "A weight is 0 to 100: weights count relative to each other"),
        Case(command: ["rank"],
             bokmal: "Prosjektene ordnet etter ringvirkningspoeng, med hvert poeng forklart.",
             english: "Projects ordered by ringvirkning score, every point explained."),
        Case(command: ["select"],
             bokmal: "Beste poengsum ved så mange budsjetter opp til --budget, 1 til 1 000 trinn.",
             english: "The best score at each of this many budgets up to --budget, 1 to 1 000 steps."),
        Case(command: ["report"],
             bokmal: "Resultatrapporten til styret: per satsingsområde og mål, rangeringen og fondet.",
             english: "The results report for the board: per focus area and goal, the ranking and the fund."),
        Case(command: ["param", "set"],
             bokmal: "en multiplikator er 0.5 til 5 (publiserte regionale sysselsettingsmultiplikatorer",
             english: "a multiplier is 0.5 to 5 (published regional employment multipliers"),
        Case(command: ["param", "set"],
             bokmal: "eur_rate_min og eur_rate_max er 1 til 100 NOK per EUR",
             english: "eur_rate_min and eur_rate_max are 1 to 100 NOK per EUR"),
        Case(command: ["history", "verify"],
             bokmal: "Kontroller hver historikkrad mot seglet",
             english: "Check every history row against its seal"),
    ]

    /// The help as one line of words: argument-parser wraps it to the terminal's width.
    func help(_ command: [String], _ environment: [String: String]) throws -> String {
        let run = try mon(command + ["--help"], environment: environment)
        #expect(run.status == 0 && run.stderr.isEmpty, "\(command): \(run.stderr)")
        return run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func oneLine(_ phrase: String) -> String {
        phrase.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: cases)
    func theHelpIsInBokmalUnderANorwegianLocale(_ example: Case) throws {
        let help = try help(example.command, LanguageCommandTests.norwegian)
        #expect(help.contains(oneLine(example.bokmal)), "\(help)")
        #expect(!help.contains(oneLine(example.english)))
    }

    @Test(arguments: cases)
    func theHelpIsInEnglishUnderTheCLocale(_ example: Case) throws {
        let help = try help(example.command, LanguageCommandTests.english)
        #expect(help.contains(oneLine(example.english)), "\(help)")
        #expect(!help.contains(oneLine(example.bokmal)))
    }

    /// Names a person types stay the same in both languages: the keys of `param set`
    /// come from the parameters themselves, and an example is the same command.
    @Test func keysAndExamplesAreTheSameInBothLanguages() throws {
        for environment in [LanguageCommandTests.norwegian, LanguageCommandTests.english] {
            let param = try help(["param", "set"], environment)
            #expect(param.contains("intensity_max, ") && param.contains("mon param set multiplier.tourism 1.4"))
            let grant = try help(["grant", "approve"], environment)
            #expect(grant.contains(#"mon grant approve 12 --date 2024-03-01 --amount "350 000" \ --deadline 2025-03-01 --case 24/113 --eur-rate 11.49"#))
        }
    }
}
