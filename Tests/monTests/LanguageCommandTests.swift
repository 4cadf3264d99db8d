import Testing
import TestSupport

/// The command line in the reader's language: a mistyped command gets a suggestion in bokmål or English.
@Suite struct LanguageCommandTests {
    static let norwegian = ["LANG": "nb_NO.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "MON_LANG": ""]
    static let english = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "MON_LANG": ""]

    @Test func aMistypedCommandGetsASuggestionInTheReadersLanguage() throws {
        let english = try mon(["grant", "aprove", "1"], environment: Self.english)
        #expect(english.status == 2)
        #expect(english.errorLines == ["error: 'aprove' is not a command of mon grant; did you mean 'approve'?"])
        let norwegian = try mon(["--db", "x.sqlite", "gran", "list"], environment: Self.norwegian)
        #expect(norwegian.status == 2)
        #expect(norwegian.errorLines == ["error: 'gran' er ikke en kommando under mon; mente du 'grant'?"])
        // Nothing close: argument-parser's own message.
        let far = try mon(["grant", "zzzzzz"], environment: Self.english)
        #expect(far.status == 2 && far.stderr.contains("Unexpected argument 'zzzzzz'"))
    }
}
