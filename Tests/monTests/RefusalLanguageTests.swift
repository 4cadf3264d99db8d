import Testing
import TestSupport

/// A refusal reads whole in the reader's language: the same rule, the same
/// figures, one `error:` line in bokmål or English, and nothing written.
@Suite struct RefusalLanguageTests {
    typealias G = GrantFixture.Grant
    static let norwegian = ["MON_LANG": "nb"]
    static let english = ["MON_LANG": "en"]

    /// Runs `arguments` on a copy of `database` and expects exactly `line` on stderr, exit 1, the file unchanged.
    private func expectLine(_ arguments: [String], on database: String, _ environment: [String: String], _ line: String,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try fileBytes(database)
        let run = try mon(arguments + ["--db", database], environment: environment)
        #expect(run.status == 1, sourceLocation: sourceLocation)
        #expect(run.errorLines == [line], sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(try fileBytes(database) == before, sourceLocation: sourceLocation)
    }

    @Test func theFundsCoverIsRefusedInBothLanguages() throws {
        let approve = ["grant", "approve", G.overAvailable.id, "--date", "2024-03-10"]
        try expectLine(approve, on: try GrantFixture.copy(), Self.norwegian,
                       "error: Kommunalt næringsfond har 17 550 000 kr disponibelt 10.03.2024: det dekker ikke 18 000 000 kr")
        try expectLine(approve, on: try GrantFixture.copy(), Self.english,
                       "error: Kommunalt næringsfond has 17 550 000 kr available on 2024-03-10: it cannot cover 18 000 000 kr")
    }

    @Test func anUnknownPartnerIsRefusedInBothLanguages() throws {
        let update = ["partner", "update", "99", "--name", "Y"]
        try expectLine(update, on: try Fixture.copy(), Self.norwegian, "error: partner 99 finnes ikke")
        try expectLine(update, on: try Fixture.copy(), Self.english, "error: there is no partner 99")
    }

    @Test func datesInARefusalAreWrittenTheReadersWay() throws {
        let update = ["project", "update", "1", "--end", "2021-12-31"]
        try expectLine(update, on: try Fixture.copy(), Self.norwegian,
                       "error: prosjektet kan ikke slutte (31.12.2021) før det starter (10.01.2022)")
        try expectLine(update, on: try Fixture.copy(), Self.english,
                       "error: the project cannot end (2021-12-31) before it starts (2022-01-10)")
    }
}
