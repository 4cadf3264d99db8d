import Testing
import TestSupport

/// argument-parser's own words around the help — headings, `--help`, defaults, usage
/// errors — follow the reader's language as mon's own words do.
@Suite struct HelpFrameTests {
    @Test func aHelpPageIsFramedInTheReadersLanguage() throws {
        let norwegian = try mon(["rank", "--help"], environment: LanguageCommandTests.norwegian)
        #expect(norwegian.status == 0)
        for phrase in ["OVERSIKT: ", "\nBRUK:  mon rank [--db <path>]", "\nVALG:\n", "Vis denne hjelpen.", "Vis versjonen."] {
            #expect(norwegian.stdout.contains(phrase), "\(phrase)")
        }
        // Wrapped to the terminal's width: read as one line of words.
        #expect(oneLine(norwegian.stdout).contains("(verdier: table, json, csv, markdown; standard: table)"))
        #expect(!norwegian.stdout.contains("OPTIONS:") && !norwegian.stdout.contains("Show help information."))
        let english = try mon(["rank", "--help"], environment: LanguageCommandTests.english)
        for phrase in ["OVERVIEW: ", "\nUSAGE: mon rank [--db <path>]", "\nOPTIONS:\n", "Show help information."] {
            #expect(english.stdout.contains(phrase), "\(phrase)")
        }
        #expect(oneLine(english.stdout).contains("(values: table, json, csv, markdown; default: table)"))
        let group = try mon(["help", "grant"], environment: LanguageCommandTests.norwegian)
        #expect(group.stdout.contains("\nUNDERKOMMANDOER:\n"))
        #expect(group.stdout.contains("  Se 'mon help grant <underkommando>' for hjelp til hver av dem."))
    }

    @Test func theDefaultSubcommandAndThePlaceholderForOneAreInTheReadersLanguage() throws {
        let norwegian = try mon(["deminimis", "--help"], environment: LanguageCommandTests.norwegian)
        let english = try mon(["deminimis", "--help"], environment: LanguageCommandTests.english)
        #expect(norwegian.stdout.contains("\nBRUK:  mon deminimis <underkommando>\n"))
        #expect(english.stdout.contains("\nUSAGE: mon deminimis <subcommand>\n"))
        #expect(!norwegian.stdout.contains("default") && !norwegian.stdout.contains("<subcommand>"))
        // The mark is longer in bokmål; the abstract beside it still starts in the column the others do.
        let marked = try #require(norwegian.stdout.split(separator: "\n").first { $0.hasPrefix("  position (standard)") })
        let englishMarked = try #require(english.stdout.split(separator: "\n").first { $0.hasPrefix("  position (default)") })
        #expect(column(after: "  position (standard)", in: marked) == column(after: "  position (default)", in: englishMarked))
        #expect(column(after: "  position (standard)", in: marked) == 26)
    }

    @Test func aSuggestionAWrappedDefaultAndThePlaceholderForOptionsAreInTheReadersLanguage() throws {
        let unknown = try mon(["grant", "list", "--foo"], environment: LanguageCommandTests.norwegian)
        #expect(unknown.status == 2 && unknown.errorLines.first == "Feil: ukjent valg '--foo'. Mente du '--db'?")
        let letter = try mon(["grant", "letter", "--help"], environment: LanguageCommandTests.norwegian).stdout
        #expect(oneLine(letter).contains("(verdier: markdown, html; standard: markdown)") && !letter.contains("default"))
        let approve = try mon(["grant", "approve", "--help"], environment: LanguageCommandTests.norwegian).stdout
        #expect(approve.contains("BRUK:  mon grant approve [<valg>] <id> --date <date>"))
        let english = try mon(["grant", "list", "--foo"], environment: LanguageCommandTests.english)
        #expect(english.errorLines.first == "Error: Unknown option '--foo'. Did you mean '--db'?")
    }

    @Test func anAmountInHelpIsNeverSplitAcrossLines() throws {
        for environment in [LanguageCommandTests.norwegian, LanguageCommandTests.english] {
            let demo = try mon(["demo", "--help"], environment: environment).stdout
            #expect(demo.contains("1\u{A0}000\u{A0}000"), "\(demo)")
            #expect(!demo.split(separator: "\n").contains { $0.trimmingCharacters(in: .whitespaces).hasPrefix("000") })
        }
    }

    /// Where the words after `start`'s padding begin on `line`.
    private func column(after start: String, in line: Substring) -> Int {
        start.count + line.dropFirst(start.count).prefix { $0 == " " }.count
    }

    private func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func aUsageErrorIsInTheReadersLanguage() throws {
        let missing = try mon(["grant", "approve"], environment: LanguageCommandTests.norwegian)
        #expect(missing.status == 2)
        #expect(missing.errorLines.first == "Feil: mangler argumentet '<id>'")
        #expect(missing.errorLines.last == "  Se 'mon grant approve --help' for mer hjelp.")
        let invalid = try mon(["rank", "--format", "yaml"], environment: LanguageCommandTests.norwegian)
        #expect(invalid.errorLines.first == "Feil: verdien 'yaml' er ugyldig for '--format <format>'. Velg en av 'table', 'json', 'csv' eller 'markdown'.")
        let english = try mon(["grant", "approve"], environment: LanguageCommandTests.english)
        #expect(english.errorLines.first == "Error: Missing expected argument '<id>'")
    }
}
