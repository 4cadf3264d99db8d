import Foundation
import Hummingbird
import MonWeb
import Portfolio
import TestSupport

/// A demo portfolio made by the `mon` binary, with a project whose name is a script, and a server over it
/// whose gate knows one user ("kari", password "riktig passord") and refuses everyone else as locked.
enum WebFixture {
    static let scriptName = "<script>alert(1)</script>"

    /// The database, made once; the server only reads it.
    static let database: String = {
        let folder = try! makeTemporaryFolder()
        let path = folder + "/mon.sqlite"
        for arguments in [["demo", "--db", path],
                          ["project", "add", scriptName, "--goal", "2.5", "--status", "active", "--db", path]] {
            let run = mon(arguments)
            precondition(run.status == 0, "mon \(arguments) failed: \(run.error)")
        }
        return path
    }()

    static func server(path: String = database, secureCookies: Bool = false) -> WebServer {
        WebServer(databasePath: path, gate: OneUserGate(), secureCookies: secureCookies)
    }

    /// Runs `test` against the router, in-process.
    static func test(_ server: WebServer = server(), _ test: (RouterClient) async throws -> Void) async throws {
        try await test(RouterClient(responder: server.router().buildResponder()))
    }

    /// Logs kari in and returns the `Cookie` header that carries her session.
    static func logIn(_ client: RouterClient) async throws -> String {
        try await client.execute(uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                 body: ByteBuffer(string: "username=kari&password=riktig+passord")) { response -> String in
            guard let setCookie = response.headers[.setCookie] else { return "" }
            return String(setCookie.prefix { $0 != ";" })
        }
    }

    /// A page's body as text, signed in (`cookie`) or not, in the browser's language.
    static func get(_ client: RouterClient, _ uri: String, cookie: String?, language: String = "en") async throws
        -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        var headers: HTTPFields = [.acceptLanguage: language]
        if let cookie { headers[.cookie] = cookie }
        return try await client.execute(uri: uri, method: .get, headers: headers) { ($0.status, String(buffer: $0.body), $0.headers) }
    }
}

/// One user, kari; "låst" is refused as a locked user is.
struct OneUserGate: LoginGate {
    func logIn(name: String, password: String, at: Date) throws -> SignedInUser {
        guard name == "kari", password == "riktig passord" else {
            throw PortfolioError.refused(Message(untranslated: "\(name) is locked until 12:15"))
        }
        return SignedInUser(name: "kari", role: "board")
    }
}

/// What one run of the `mon` binary printed and how it ended.
struct MonRun {
    let status: Int32
    let output: String
    let error: String
}

/// Runs the `mon` binary `swift test` built beside this test bundle, in English.
func mon(_ arguments: [String]) -> MonRun {
    let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("mon")
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["MON_LANG": "en", "MON_ACTOR": "test"]) { $1 }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    do { try process.run() } catch { return MonRun(status: -1, output: "", error: "\(error)") }
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return MonRun(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self), error: String(decoding: err, as: UTF8.self))
}
