import Foundation
import Hummingbird
import MonWeb
import Portfolio
import Testing
import TestSupport

/// Logins through the portfolio's own users (`mon user add`), as `mon serve` runs them.
@Suite struct UserLoginTests {
    /// A copy of the demo portfolio with one board member, "lars", password "langt nok passord".
    static func database() throws -> String {
        let path = try makeTemporaryFolder() + "/mon.sqlite"
        try FileManager.default.copyItem(atPath: WebFixture.database, toPath: path)
        _ = try UserRepository(try PortfolioDatabase.open(path: path, actor: "test")).add(name: "lars", role: .board, password: "langt nok passord")
        return path
    }

    static func post(_ client: RouterClient, _ name: String, _ password: String) async throws -> WebResponse {
        let body = "username=\(name)&password=" + (password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        return try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded", .acceptLanguage: "nb"],
                                        body: ByteBuffer(string: body))
    }

    @Test func aUserLogsInWithTheRightPassword() async throws {
        let path = try Self.database()
        try await WebFixture.test(WebServer(databasePath: path, gate: PortfolioLoginGate(path: path), secureCookies: false)) { client in
            let response = try await Self.post(client, "lars", "langt nok passord")
            #expect(response.status == .seeOther)
            #expect(response.headers[.setCookie]?.hasPrefix("mon_session=") == true)
        }
    }

    @Test func fiveFailedLoginsLockTheUserAndTheRightPasswordIsThenRefused() async throws {
        let path = try Self.database()
        try await WebFixture.test(WebServer(databasePath: path, gate: PortfolioLoginGate(path: path), secureCookies: false)) { client in
            for _ in 1...5 {
                let wrong = try await Self.post(client, "lars", "feil passord")
                #expect(wrong.status == .unauthorized)
                #expect(String(buffer: wrong.body).contains("feil brukernavn eller passord"))
            }
            let locked = try await Self.post(client, "lars", "langt nok passord")
            #expect(locked.status == .unauthorized)
            #expect(locked.headers[.setCookie] == nil)
            #expect(String(buffer: locked.body).contains("denne brukeren er sperret etter fem mislykkede innlogginger"))
        }
    }
}
