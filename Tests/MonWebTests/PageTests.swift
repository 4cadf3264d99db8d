import Foundation
import Hummingbird
import MonWeb
import Portfolio
import TestSupport
import Testing
import ZIPFoundation

/// Each page answers with its figures, in the browser's language, with every value escaped; every list downloads.
@Suite struct PageTests {
    @Test(arguments: ["/", "/grants", "/grants/1", "/projects", "/projects/1", "/plan", "/report", "/public"])
    func eachPageIsShownSignedIn(_ path: String) async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let page = try await WebFixture.get(client, path, cookie: cookie)
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(!page.body.contains("<script"))
        }
    }

    @Test func aProjectNamedAsAScriptIsEscapedWhereverItIsShown() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let list = try await WebFixture.get(client, "/projects", cookie: cookie).body
            #expect(list.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let id = try #require(Self.idOfRow(containing: "&lt;script&gt;", in: list))
            for path in ["/projects", "/projects/\(id)", "/"] {
                let body = try await WebFixture.get(client, path, cookie: cookie).body
                #expect(!body.contains("<script"), "\(path)")
            }
            #expect(try await WebFixture.get(client, "/projects/\(id)", cookie: cookie).body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func bokmalWhenTheBrowserAsksForIt() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let norwegian = try await WebFixture.get(client, "/", cookie: cookie, language: "nb-NO,nb;q=0.9,en;q=0.8").body
            #expect(norwegian.contains("<html lang=\"nb\">") && norwegian.contains("Oversikt") && norwegian.contains("Fondene"))
            let english = try await WebFixture.get(client, "/", cookie: cookie, language: "en-GB,en;q=0.9,nb;q=0.1").body
            #expect(english.contains("<html lang=\"en\">") && english.contains("Overview") && english.contains("The funds"))
        }
    }

    @Test func listsDownloadAsCSVJSONAndXlsx() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let csv = try await WebFixture.get(client, "/grants?format=csv", cookie: cookie)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.body.hasPrefix("id,status,applicant,fund,"))
            let json = try await WebFixture.get(client, "/projects?format=json", cookie: cookie)
            let projects = try #require(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [[String: Any]])
            #expect(projects.contains { $0["name"] as? String == WebFixture.scriptName })
            let xlsx = try await client.execute(uri: "/grants?format=xlsx", method: .get, headers: [.cookie: cookie]) { Data($0.body.readableBytesView) }
            let archive = try Archive(data: xlsx, accessMode: .read)
            #expect(archive["xl/worksheets/sheet1.xml"] != nil)
        }
    }

    @Test func anUnknownDownloadIsRefusedInWords() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let page = try await WebFixture.get(client, "/grants?format=pdf", cookie: cookie)
            #expect(page.status == .badRequest)
            #expect(page.body.contains("there is no download as &#39;pdf&#39;") || page.body.contains("there is no download as &apos;pdf&apos;")
                || page.body.contains("there is no download as 'pdf'"))
        }
    }

    @Test func anUnknownPartIsRefusedNamingTheParts() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let page = try await WebFixture.get(client, "/?format=json&part=bogus", cookie: cookie, language: "nb")
            #expect(page.status == .badRequest)
            #expect(page.body.contains("denne siden har ingen del «bogus» å laste ned: velg funds, headline, ranking, uncovered"))
        }
    }

    @Test func aServedFileThatIsGoneIsTheServersTroubleNotAMissingPage() async throws {
        let path = try makeTemporaryFolder() + "/gone.sqlite"
        try await WebFixture.test(WebFixture.server(path: path)) { client in
            let cookie = try await WebFixture.logIn(client)
            let page = try await WebFixture.get(client, "/grants", cookie: cookie)
            #expect(page.status == .serviceUnavailable)
            #expect(page.body.contains("no database at"))
        }
    }

    @Test func aLoginTooLargeToReadIsRefusedOnAPage() async throws {
        try await WebFixture.test { client in
            let body = ByteBuffer(string: "username=kari&password=" + String(repeating: "a", count: 20_000))
            let (status, page) = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                          body: body) { ($0.status, String(buffer: $0.body)) }
            #expect(status == .contentTooLarge)
            #expect(page.contains("serveren kan ikke ta imot denne forespørselen: 413"), "\(page)")
        }
    }

    @Test func aPageNoRouteAnswersIsAPageInTheReadersLanguage() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            let norwegian = try await WebFixture.get(client, "/nope", cookie: cookie, language: "nb")
            #expect(norwegian.status == .notFound)
            #expect(norwegian.body.contains("den siden finnes ikke") && norwegian.body.contains("<html"))
            #expect(try await WebFixture.get(client, "/grants/1/nope", cookie: cookie).body.contains("there is no such page"))
        }
    }

    @Test func aGrantThatDoesNotExistIsNotFound() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            #expect(try await WebFixture.get(client, "/grants/999999", cookie: cookie).status == .notFound)
        }
    }

    /// The id in the row whose cells contain `text`: the link `/projects/N` just before it.
    static func idOfRow(containing text: String, in html: String) -> String? {
        guard let row = html.components(separatedBy: "<tr>").first(where: { $0.contains(text) }),
              let start = row.range(of: "href=\"/projects/") else { return nil }
        return String(row[start.upperBound...].prefix { $0.isNumber })
    }
}
