import Foundation
import Hummingbird
import MonWeb
import Testing

/// A record page tells its history in words, in the reader's language: never the stored names of tables and fields.
@Suite struct HistoryPageTests {
    /// The history section of a record page, signed in, in the browser's language: from its heading to the end
    /// of its table.
    static func history(of path: String, language: String = "en") async throws -> String {
        var section = ""
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let html = try await WebFixture.get(client, path, cookie: cookie, language: language).body
            let start = try #require(html.range(of: language == "en" ? "<h2>History</h2>" : "<h2>Historikk</h2>"))
            let rest = html[start.upperBound...]
            section = String(rest[..<(rest.range(of: "</table>")?.upperBound ?? rest.endIndex)])
        }
        return section
    }

    @Test func aGrantsHistoryInEnglish() async throws {
        let history = try await Self.history(of: "/grants/1")
        #expect(history.contains("<th>when</th><th>who</th><th>what happened</th><th>changes</th>"))
        #expect(history.contains("Grant added"))
        #expect(history.contains("Amount applied for: "))
        #expect(history.contains("Received: "))
        for stored in ["amount_applied_ore", "fund_id", "received_on", "insert", ">grant<"] {
            #expect(!history.contains(stored), "\(stored)")
        }
    }

    @Test func aGrantsHistoryInBokmal() async throws {
        let history = try await Self.history(of: "/grants/1", language: "nb")
        #expect(history.contains("<th>når</th><th>hvem</th><th>hva skjedde</th><th>endringer</th>"))
        #expect(history.contains("Tilsagn lagt inn"))
        #expect(history.contains("Søkt beløp: "))
        #expect(!history.contains("amount_applied_ore"))
    }

    @Test func aChangeNamesTheFieldWithItsValuesBeforeAndAfterInWords() async throws {
        let english = try await Self.history(of: "/grants/1")
        #expect(english.contains("Grant changed"))
        #expect(english.contains("Status: applied → approved"))
        let norwegian = try await Self.history(of: "/grants/1", language: "nb")
        #expect(norwegian.contains("Tilsagn endret"))
        #expect(norwegian.contains("Status: søkt → innvilget"))
    }

    @Test func aPaymentIsNamedWithItsAmountInKronerAndYesOrNo() async throws {
        let history = try await Self.history(of: "/grants/7")
        #expect(history.contains("Payment added"))
        #expect(history.contains("Amount: 300 000 kr") && history.contains("Final payment: no"))
    }

    @Test func aRealNumberIsWrittenTheReadersWay() async throws {
        #expect(try await Self.history(of: "/grants/7", language: "nb").contains("Eurokurs: 11,6"))
        #expect(try await Self.history(of: "/grants/7").contains("Euro rate: 11.6"))
    }

    @Test func aProjectsHistoryNamesItsGoalsAndPartnersInWords() async throws {
        let history = try await Self.history(of: "/projects/1")
        #expect(history.contains("Project added"))
        #expect(history.contains("Goal of the project added"))
        for stored in ["project_goal", "goal_id", "is_primary", "start_date"] {
            #expect(!history.contains(stored), "\(stored)")
        }
    }
}
