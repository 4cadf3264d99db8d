import Foundation
import Hummingbird
import MonWeb
import Testing
import TestSupport

/// Who may open what: a login for every page but /public, /healthz and /login; the session cookie's flags.
@Suite struct AccessTests {
    @Test(arguments: ["/", "/grants", "/grants/1", "/projects", "/projects/1", "/plan", "/report", "/rounds/1"])
    func aPageWithoutALoginSendsToTheLoginForm(_ path: String) async throws {
        try await WebFixture.test { client in
            let page = try await WebFixture.get(client, path, cookie: nil)
            #expect(page.status == .found)
            #expect(page.headers[.location] == "/login")
        }
    }

    @Test(arguments: ["/public", "/healthz", "/login"])
    func theOpenPagesNeedNoLogin(_ path: String) async throws {
        try await WebFixture.test { client in
            let page = try await WebFixture.get(client, path, cookie: nil)
            #expect(page.status == .ok)
        }
    }

    @Test func theHealthCheckSaysOk() async throws {
        try await WebFixture.test { client in
            let page = try await WebFixture.get(client, "/healthz", cookie: nil)
            #expect(page.body == "ok\n")
        }
    }

    @Test func theHealthCheckNamesWhyAFileCannotBeRead() async throws {
        let missing = try makeTemporaryFolder() + "/none.sqlite"
        try await WebFixture.test(WebFixture.server(path: missing)) { client in
            let page = try await WebFixture.get(client, "/healthz", cookie: nil)
            #expect(page.status == .serviceUnavailable)
            #expect(page.body.contains("none.sqlite"))
            #expect(!page.body.lowercased().contains("sqlite3_") && !page.body.contains("SQLITE_"))
        }
    }

    @Test func aLoginGivesAStrictHttpOnlySessionCookieAndOpensThePages() async throws {
        try await WebFixture.test { client in
            let setCookie = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                     body: ByteBuffer(string: "username=kari&password=riktig+passord")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/")
                return response.headers[.setCookie] ?? ""
            }
            #expect(setCookie.hasPrefix("mon_session="))
            #expect(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict") && !setCookie.contains("Secure"))
            let cookie = String(setCookie.prefix { $0 != ";" })
            let page = try await WebFixture.get(client, "/", cookie: cookie)
            #expect(page.status == .ok)
            #expect(page.body.contains("kari"))
        }
    }

    @Test func secureCookiesAreAskedFor() async throws {
        try await WebFixture.test(WebFixture.server(secureCookies: true)) { client in
            let setCookie = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                     body: ByteBuffer(string: "username=kari&password=riktig+passord")) { $0.headers[.setCookie] ?? "" }
            #expect(setCookie.contains("Secure"))
        }
    }

    @Test func aLockedUserIsRefusedWithTheGatesWordsAndNoSession() async throws {
        try await WebFixture.test { client in
            let cookie = try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                                  body: ByteBuffer(string: "username=l%C3%A5st&password=x")) { response in
                #expect(response.status == .unauthorized)
                #expect(String(buffer: response.body).contains("låst is locked until 12:15"))
                return response.headers[.setCookie]
            }
            #expect(cookie == nil)
            #expect(try await WebFixture.get(client, "/", cookie: "mon_session=guessed").status == .found)
        }
    }

    @Test func aLogoutEndsTheSession() async throws {
        try await WebFixture.test { client in
            let cookie = try await WebFixture.logIn(client)
            try await client.execute(uri: "/logout", method: .post, headers: [.cookie: cookie]) { #expect($0.status == .seeOther) }
            #expect(try await WebFixture.get(client, "/", cookie: cookie).status == .found)
        }
    }
}
