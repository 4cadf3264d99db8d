import Foundation
import Testing
import TestSupport

/// Text from the database never steers the terminal, never breaks a Markdown
/// table, and comes back from a spreadsheet export as it went in.
@Suite struct OutputSafetyTests {
    /// ESC (a screen clear), BEL, CR, a right-to-left override and mark, and `|` with line breaks.
    static let query = "SELECT char(27) || '[2J' || char(7) || 'x' || char(13) || 'y' || char(8238) || 'z' || char(8207) AS t, "
        + "'a|b' || char(10) || 'c' || char(13) || char(10) || 'd' || char(13) || 'e' AS u"

    @Test func aTerminalTableShowsControlCharactersInsteadOfSendingThem() throws {
        let run = try mon(["sql", Self.query, "--db", try Fixture.copy()])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" || $0 == "\u{200F}" })
        #expect(run.stdout.contains(#"\x1B[2J\x07x\x0Dy\u{202E}z\u{200F}"#), "\(run.stdout)")
    }

    @Test func markdownEscapesPipesAndEveryLineBreak() throws {
        let run = try mon(["sql", Self.query, "--format", "markdown", "--db", try Fixture.copy()])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 3, "\(run.stdout)")
        #expect(run.stdout.contains(#"| \x1B\[2J\x07x<br>y\u{202E}z\u{200F} | a\|b<br>c<br>d<br>e |"#), "\(run.stdout)")
    }

    @Test func anErrorMessageQuotingControlCharactersStaysOneVisibleLine() throws {
        let run = try mon(["partner", "show", "Evil\u{1B}[2J\nAS", "--db", try Fixture.copy()])
        #expect(run.status == 1)
        #expect(run.errorLines.count == 1, "\(run.stderr)")
        #expect(!run.stderr.dropLast().unicodeScalars.contains { $0.value < 0x20 }, "\(run.stderr)")
        #expect(run.stderr.contains(#"Evil\x1B[2J\x0AAS"#), "\(run.stderr)")
    }

    @Test func aUsageErrorQuotingControlCharactersShowsThem() throws {
        let run = try mon(["grant", "list", "--year", "20\u{1B}[2J24\u{7}", "--db", try Fixture.copy()])
        #expect(run.status == 2)
        #expect(!run.stderr.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F }, "\(run.stderr)")
        #expect(run.stderr.contains(#"20\x1B[2J24\x07"#), "\(run.stderr)")
    }

    /// Names that really start with `'` — one a formula behind it — survive export and import.
    @Test func aNameStartingWithAQuoteRoundTrips() throws {
        let db = try Fixture.copy()
        let names = ["'=SUM(A1)", "'hei"]
        for name in names { #expect(try mon(["partner", "add", name, "--db", db]).status == 0) }
        let exported = try mon(["export", "partners", "--db", db]).stdout
        #expect(exported.contains(",''=SUM(A1),") && exported.contains(",''hei,"), "\(exported)")
        let folder = (db as NSString).deletingLastPathComponent
        try Data(exported.utf8).write(to: URL(fileURLWithPath: folder + "/partners.csv"))
        let fresh = folder + "/fresh.sqlite"
        #expect(try mon(["init", "--db", fresh]).status == 0)
        let imported = try mon(["import", "partners", folder + "/partners.csv", "--db", fresh])
        #expect(imported.status == 0, "\(imported.stderr)")
        let listed = try #require(try mon(["partner", "list", "--format", "json", "--db", fresh]).json() as? [[String: Any]])
        #expect(Set(names).isSubset(of: Set(listed.compactMap { $0["name"] as? String })))
        #expect(try mon(["export", "partners", "--db", fresh]).stdout == exported)
    }
}
