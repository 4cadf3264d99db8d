import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport

/// `mon serve` as a person starts it: a server that cannot start says why in one line, and one that can
/// answers on its port (the pages themselves are tested in-process in MonWebTests).
@Suite struct ServeCommandTests {
    static let fixture = buildDatabase([])

    @Test func aPortOutOfRangeIsRefusedAndTheFileUnchanged() throws {
        let db = try copyDatabase(in: Self.fixture)
        let before = try fileBytes(db)
        expectRefused(try mon(["serve", "--port", "70000", "--db", db]), "the port must be between 1 and 65535, not 70000")
        #expect(try fileBytes(db) == before)
    }

    @Test func anAddressNotOfThisMachineIsRefusedInOneLine() throws {
        // 192.0.2.1 is kept for documentation (RFC 5737): no machine has it, so nothing can listen on it.
        let run = try mon(["serve", "--host", "192.0.2.1", "--port", "8089", "--db", Self.fixture + "/mon.sqlite"])
        expectRefused(run, "cannot listen on 192.0.2.1:8089")
        #expect(!run.crashed)
    }

    @Test func theRefusalIsInBokmal() throws {
        let run = try mon(["serve", "--host", "192.0.2.1", "--port", "8089", "--db", Self.fixture + "/mon.sqlite"],
                          environment: ["MON_LANG": "nb"])
        expectRefused(run, "kan ikke lytte på 192.0.2.1:8089")
    }

    @Test func aStartedServerAnswersItsHealthCheck() async throws {
        let port = 18_000 + Int(getpid() % 2_000)
        let server = Process()
        server.executableURL = URL(fileURLWithPath: monBinary)
        server.arguments = ["serve", "--port", String(port), "--db", Self.fixture + "/mon.sqlite"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate() }
        var answer: String?
        for _ in 0..<100 where answer == nil {
            let body = try? await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)/healthz")!).0
            answer = body.map { String(decoding: $0, as: UTF8.self) }
            if answer == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        #expect(answer == "ok\n")
    }
}
