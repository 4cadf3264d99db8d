import Foundation
import Hummingbird
import MonWeb
import Testing

/// Lists come a page at a time (two or three rows here, a hundred in `mon serve`), with the count of the whole filtered
/// list and links that keep the filters; a download is still the whole list.
@Suite struct PagingTests {
    static func server(pageSize: Int = 3) -> WebServer {
        WebServer(databasePath: WebFixture.database, gate: OneUserGate(), secureCookies: false, pageSize: pageSize)
    }

    /// The ids of `mon grant list` (or `project list`) with these options, in the list's order.
    static func ids(_ command: [String]) throws -> [Int64] {
        let run = mon(command + ["--format", "json", "--db", WebFixture.database])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]])
        return rows.compactMap { ($0["id"] as? NSNumber)?.int64Value }
    }

    /// The ids a list page links to, in order: its rows.
    static func rows(_ html: String, linkingTo path: String) -> [Int64] {
        html.components(separatedBy: "href=\"\(path)").dropFirst().compactMap { Int64($0.prefix { $0.isNumber }) }
    }

    /// The address of the link with `rel` (`next`, `prev`), unescaped as a browser reads it.
    static func link(_ rel: String, in html: String) -> String? {
        guard let end = html.range(of: "\" rel=\"\(rel)\"") else { return nil }
        let before = html[..<end.lowerBound]
        guard let start = before.range(of: "href=\"", options: .backwards) else { return nil }
        return String(before[start.upperBound...]).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#61;", with: "=")
    }

    @Test func theSecondPageOfGrantsIsTheNextThreeWithTheCount() async throws {
        let all = try Self.ids(["grant", "list"])
        #expect(all.count > 6)
        try await WebFixture.test(Self.server()) { client in
            let cookie = try await WebFixture.logIn(client)
            let first = try await WebFixture.get(client, "/grants", cookie: cookie).body
            #expect(Self.rows(first, linkingTo: "/grants/") == Array(all.prefix(3)))
            #expect(first.contains("Rows 1–3 of \(all.count)"))
            #expect(Self.link("prev", in: first) == nil)
            let next = try #require(Self.link("next", in: first))
            #expect(next == "/grants?after=\(all[2])")
            let second = try await WebFixture.get(client, next, cookie: cookie).body
            #expect(Self.rows(second, linkingTo: "/grants/") == Array(all[3..<6]))
            #expect(second.contains("Rows 4–6 of \(all.count)"))
            let back = try #require(Self.link("prev", in: second))
            #expect(Self.rows(try await WebFixture.get(client, back, cookie: cookie).body, linkingTo: "/grants/") == Array(all.prefix(3)))
        }
    }

    @Test func theFiltersAreKeptFromPageToPageAndCounted() async throws {
        let approved = try Self.ids(["grant", "list", "--status", "approved"])
        #expect(approved.count > 2)
        try await WebFixture.test(Self.server(pageSize: 2)) { client in
            let cookie = try await WebFixture.logIn(client)
            let first = try await WebFixture.get(client, "/grants?status=approved", cookie: cookie).body
            #expect(first.contains("of \(approved.count)"))
            let next = try #require(Self.link("next", in: first))
            #expect(next == "/grants?status=approved&after=\(approved[1])")
            let second = try await WebFixture.get(client, next, cookie: cookie).body
            #expect(Self.rows(second, linkingTo: "/grants/") == Array(approved.dropFirst(2).prefix(2)))
            #expect(second.contains("name=\"status\" value=\"approved\""))
        }
    }

    @Test func projectsAndThePublicListArePagedToo() async throws {
        let projects = try Self.ids(["project", "list", "--status", "active"])
        #expect(projects.count > 3)
        try await WebFixture.test(Self.server()) { client in
            let cookie = try await WebFixture.logIn(client)
            let first = try await WebFixture.get(client, "/projects?status=active", cookie: cookie).body
            #expect(Self.rows(first, linkingTo: "/projects/") == Array(projects.prefix(3)))
            #expect(first.contains("Rows 1–3 of \(projects.count)"))
            #expect(Self.link("next", in: first) == "/projects?status=active&after=\(projects[2])")
            let published = try Self.ids(["grant", "list", "--public"])
            let open = try await WebFixture.get(client, "/public", cookie: nil).body
            #expect(open.contains("Rows 1–3 of \(published.count)"))
        }
    }

    @Test func aPagePastTheEndSaysSoAndLeadsBack() async throws {
        let all = try Self.ids(["grant", "list"])
        try await WebFixture.test(Self.server()) { client in
            let cookie = try await WebFixture.logIn(client)
            let page = try await WebFixture.get(client, "/grants?after=999999", cookie: cookie)
            #expect(page.status == .ok)
            #expect(Self.rows(page.body, linkingTo: "/grants/").isEmpty)
            #expect(page.body.contains("No rows from here on; the list has \(all.count)"))
            #expect(Self.link("next", in: page.body) == nil)
            let back = try #require(Self.link("prev", in: page.body))
            #expect(Self.rows(try await WebFixture.get(client, back, cookie: cookie).body, linkingTo: "/grants/") == Array(all.suffix(3)))
            let norwegian = try await WebFixture.get(client, "/grants?after=999999", cookie: cookie, language: "nb").body
            #expect(norwegian.contains("Ingen rader herfra; listen har \(all.count)"))
        }
    }

    @Test func aCursorThatIsNotANumberIsRefusedInWords() async throws {
        try await WebFixture.test(Self.server()) { client in
            let cookie = try await WebFixture.logIn(client)
            let page = try await WebFixture.get(client, "/grants?after=tre", cookie: cookie)
            #expect(page.status == .badRequest)
            #expect(page.body.contains("is not a whole number"))
        }
    }

    @Test func aDownloadFromAPageIsTheWholeFilteredList() async throws {
        let cli = mon(["grant", "list", "--status", "approved", "--format", "json", "--db", WebFixture.database])
        try await WebFixture.test(Self.server()) { client in
            let cookie = try await WebFixture.logIn(client)
            let second = try await WebFixture.get(client, "/grants?status=approved&after=1", cookie: cookie).body
            #expect(second.contains("href=\"/grants?status&#61;approved&amp;format&#61;json&amp;part&#61;grants\"")
                || second.contains("href=\"/grants?status=approved&amp;format=json&amp;part=grants\""))
            let download = try await WebFixture.get(client, "/grants?status=approved&after=1&format=json", cookie: cookie)
            #expect(download.body == cli.output)
        }
    }
}
