import Foundation
import Hummingbird
import MonWeb
import Testing

/// A record page tells its history in words, in the reader's language: never the stored names of tables and fields.
@Suite struct HistoryPageTests {
    /// What the history section of a page holds: from its heading to the end of its table.
    static func history(_ html: String, heading: String) throws -> String {
        let start = try #require(html.range(of: "<h2>\(heading)</h2>"))
        let rest = html[start.upperBound...]
        return String(rest[..<(rest.range(of: "</table>")?.upperBound ?? rest.endIndex)])
    }

    @Test func aGrantsHistoryInEnglish() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let history = try Self.history(try await WebFixture.get(client, "/grants/1", cookie: cookie).body, heading: "History")
            #expect(history.contains("<th>when</th><th>who</th><th>what happened</th><th>changes</th>"))
            #expect(history.contains("Grant added"))
            #expect(history.contains("Amount applied for: "))
            #expect(history.contains("Received: "))
            for stored in ["amount_applied_ore", "fund_id", "received_on", "insert", ">grant<"] {
                #expect(!history.contains(stored), "\(stored)")
            }
        }
    }

    @Test func aGrantsHistoryInBokmal() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let page = try await WebFixture.get(client, "/grants/1", cookie: cookie, language: "nb").body
            let history = try Self.history(page, heading: "Historikk")
            #expect(history.contains("<th>når</th><th>hvem</th><th>hva skjedde</th><th>endringer</th>"))
            #expect(history.contains("Tilsagn lagt inn"))
            #expect(history.contains("Søkt beløp: "))
            #expect(!history.contains("amount_applied_ore"))
        }
    }

    @Test func aChangeNamesTheFieldWithItsValuesBeforeAndAfterInWords() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let history = try Self.history(try await WebFixture.get(client, "/grants/1", cookie: cookie).body, heading: "History")
            #expect(history.contains("Grant changed"))
            #expect(history.contains("Status: applied → approved"))
            let norwegian = try Self.history(try await WebFixture.get(client, "/grants/1", cookie: cookie, language: "nb").body,
                                             heading: "Historikk")
            #expect(norwegian.contains("Tilsagn endret"))
        }
    }

    @Test func aProjectsHistoryNamesItsGoalsAndPartnersInWords() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let history = try Self.history(try await WebFixture.get(client, "/projects/1", cookie: cookie).body, heading: "History")
            #expect(history.contains("Project added"))
            #expect(history.contains("Goal of the project added"))
            for stored in ["project_goal", "goal_id", "is_primary", "start_date"] {
                #expect(!history.contains(stored), "\(stored)")
            }
        }
    }
}
