import Foundation
import Testing
@testable import Portfolio
import SQLite
import TestSupport

/// Web users: added, listed, disabled, and their logins checked, locked and recorded.
/// Bcrypt runs at its lowest cost here (4): the rules are the same, the hashing 256 times quicker.
@Suite struct UserRepositoryTests {
    let path: String
    let db: PortfolioDatabase
    let users: UserRepository
    let password = "korrekt hest batteri"
    /// A fixed moment, so that locks and their ends are exact.
    let noon = Date(timeIntervalSince1970: 1_795_780_800)   // 2026-11-27T12:00:00Z

    init() throws {
        path = try makeTemporaryFolder() + "/users.sqlite"
        db = try PortfolioDatabase.create(path: path, actor: "kari")
        users = UserRepository(db, cost: 4)
    }

    func outcomes() throws -> [String] {
        try db.connection.rows("SELECT outcome FROM access_event ORDER BY id").map { try $0.get(0) }
    }

    @Test func addListAndDisableRoundTrip() throws {
        let added = try users.add(name: "  Kari Nordmann ", role: .board, password: password)
        #expect(added == WebUser(id: added.id, name: "Kari Nordmann", role: .board, disabled: false, lockedUntil: nil))
        _ = try users.add(name: "Åse", role: .auditor, password: password)
        _ = try users.add(name: "Ola", role: .adviser, password: password)
        #expect(try users.list().map(\.name) == ["Kari Nordmann", "Ola", "Åse"])
        try users.disable(name: "kari nordmann")
        #expect(try users.list().map(\.disabled) == [true, false, false])
        #expect(try users.list().map(\.role) == [.board, .adviser, .auditor])
        #expect(throws: PortfolioError.refused("'Kari Nordmann' is disabled already")) { try users.disable(name: "Kari Nordmann") }
        #expect(throws: PortfolioError.notFound("no web user is named 'Per': `mon user list` shows them")) {
            try users.disable(name: "Per")
        }
    }

    @Test func theStoredHashIsBcryptAndNotThePassword() throws {
        _ = try users.add(name: "kari", role: .board, password: password)
        let hash = try #require(try db.connection.scalar("SELECT password_hash FROM web_user", as: String.self))
        #expect(hash.hasPrefix("$2b$04$"))
        #expect(hash.count == 60)
        #expect(!hash.contains(password))
        // The production cost is 12.
        #expect(UserRepository(db).cost == 12)
    }

    @Test func aNameTakenInAnyCaseIsRefused() throws {
        _ = try users.add(name: "Ærlig Åse", role: .board, password: password)
        #expect(throws: PortfolioError.refused("a user named 'Ærlig Åse' exists already: 'ærlig åse' differs only in case")) {
            try users.add(name: "ærlig åse", role: .adviser, password: password)
        }
        #expect(throws: PortfolioError.invalidInput("a user's name is at most 100 characters")) {
            try users.add(name: String(repeating: "å", count: 101), role: .board, password: password)
        }
        #expect(try users.list().count == 1)
    }

    @Test func passwordsBreakingARuleAreRefused() throws {
        #expect(throws: PortfolioError.invalidInput("the password is too short: at least 10 characters")) {
            try users.add(name: "per", role: .board, password: "123456789")
        }
        #expect(throws: PortfolioError.invalidInput("the password is too long: at most 72 bytes (bcrypt reads no more)")) {
            try users.add(name: "ola", role: .board, password: String(repeating: "å", count: 37))
        }
        #expect(throws: PortfolioError.invalidInput("the password holds a control character: type only visible characters and spaces")) {
            try users.add(name: "ola", role: .board, password: "korrekt\u{1B}hest batteri")
        }
        #expect(try users.list().isEmpty)
        // Ten characters are enough, whatever bytes they take.
        #expect(try users.add(name: "kari", role: .board, password: "æøåæøåæøåæ").name == "kari")
    }

    @Test func aRightPasswordLogsInAndIsRecorded() throws {
        let kari = try users.add(name: "Kari", role: .adviser, password: password)
        #expect(try users.logIn(name: "KARI", password: password, at: noon) == kari)
        let row = try #require(try db.connection.row("SELECT user_id, at, outcome FROM access_event"))
        #expect(try row.get(0, as: Int64.self) == kari.id)
        #expect(try row.get(1, as: String.self) == "2026-11-27T12:00:00.000Z")
        #expect(try row.get(2, as: String.self) == "login")
        #expect(try users.accounts(at: noon).first?.lastLogin == "2026-11-27T12:00:00.000Z")
    }

    @Test func anUnknownNameAndAWrongPasswordGetTheSameWords() throws {
        _ = try users.add(name: "kari", role: .board, password: password)
        let wrong = PortfolioError.refused("wrong user name or password")
        #expect(throws: wrong) { try users.logIn(name: "per", password: password, at: noon) }
        #expect(throws: wrong) { try users.logIn(name: "kari", password: "feil passord!", at: noon) }
        #expect(Message("access.wrong_name_or_password").text(in: .bokmal) == "feil brukernavn eller passord")
        // The unknown name is recorded without a user, and the name typed is not kept.
        #expect(try db.connection.rows("SELECT user_id IS NULL, outcome FROM access_event ORDER BY id")
            .map { "\(try $0.get(0, as: Int64.self)) \(try $0.get(1, as: String.self))" } == ["1 failed", "0 failed"])
        #expect(try db.connection.scalar("SELECT failed_logins FROM web_user", as: Int64.self) == 1)
    }

    @Test func fiveWrongPasswordsLockForFifteenMinutes() throws {
        _ = try users.add(name: "kari", role: .board, password: password)
        for attempt in 1...4 {
            #expect(throws: PortfolioError.refused("wrong user name or password")) {
                try users.logIn(name: "kari", password: "feil passord \(attempt)", at: noon)
            }
        }
        // Locked until 12:15 UTC, 13:15 in Oslo; said to nobody who lacks the password, as an unknown name is refused.
        #expect(throws: PortfolioError.refused("wrong user name or password")) {
            try users.logIn(name: "kari", password: "feil passord 5", at: noon)
        }
        #expect(throws: PortfolioError.refused("wrong user name or password")) {
            try users.logIn(name: "kari", password: "feil passord 6", at: noon)
        }
        #expect(throws: PortfolioError.refused("wrong user name or password")) {
            try users.logIn(name: "ukjent", password: "feil passord 6", at: noon)
        }
        let locked = try #require(try users.list(at: noon).first?.lockedUntil)
        #expect(locked == noon.addingTimeInterval(15 * 60))
        // The right password is refused while the lock lasts, and the refusal says until when, in either language.
        let stillLocked = #expect(throws: PortfolioError.self) {
            try users.logIn(name: "kari", password: password, at: noon.addingTimeInterval(14 * 60 + 59))
        }
        #expect(stillLocked?.kind == .refused)
        #expect(stillLocked?.sentence.text(in: .english) == "this user is locked after five failed logins, until 2026-11-27 13:15:00")
        #expect(stillLocked?.sentence.text(in: .bokmal) == "denne brukeren er sperret etter fem mislykkede innlogginger, til 27.11.2026 13:15:00")
        // After 15 minutes it logs in, and the count starts again.
        let after = noon.addingTimeInterval(15 * 60)
        #expect(try users.logIn(name: "kari", password: password, at: after).lockedUntil == nil)
        #expect(try users.list(at: after).first?.lockedUntil == nil)
        #expect(try db.connection.scalar("SELECT failed_logins || ' ' || ifnull(locked_until, '-') FROM web_user", as: String.self) == "0 -")
        #expect(try outcomes() == ["failed", "failed", "failed", "failed", "failed", "locked", "failed", "locked", "login"])
    }

    @Test func aDisabledUserIsRefusedAndToldOnlyWithTheRightPassword() throws {
        _ = try users.add(name: "kari", role: .board, password: password)
        try users.disable(name: "kari")
        #expect(throws: PortfolioError.refused("wrong user name or password")) {
            try users.logIn(name: "kari", password: "feil passord!", at: noon)
        }
        #expect(throws: PortfolioError.refused("'kari' is disabled: ask an administrator")) {
            try users.logIn(name: "kari", password: password, at: noon)
        }
        #expect(try outcomes() == ["failed", "disabled"])
    }

    @Test func loginsAreInTheHistoryAndTheHashNeverIs() throws {
        _ = try users.add(name: "kari", role: .board, password: password)
        #expect(throws: PortfolioError.self) { try users.logIn(name: "kari", password: "feil passord!", at: noon) }
        _ = try users.logIn(name: "kari", password: password, at: noon)
        try users.disable(name: "kari")
        let events = try HistoryRepository(db).entries(table: "access_event")
        #expect(events.count == 2)
        #expect(events.map(\.actor) == ["kari", "kari"])
        let hash = try #require(try db.connection.scalar("SELECT password_hash FROM web_user", as: String.self))
        let stored = try db.connection.rows("SELECT ifnull(old_values, '') || ifnull(new_values, '') FROM history")
            .map { try $0.get(0, as: String.self) }
        #expect(stored.contains { $0.contains("\"password_hash\":\"(not recorded)\"") })
        #expect(!stored.contains { $0.contains(hash) || $0.contains("$2b$") || $0.contains(password) })
        // add, the failure counted, the count cleared at login, disable: four rows of web_user's own.
        #expect(try HistoryRepository(db).entries(table: "web_user").count == 4)
    }

    @Test func accessEventsCannotBeChangedOrRemoved() throws {
        _ = try users.add(name: "kari", role: .board, password: password)
        _ = try users.logIn(name: "kari", password: password, at: noon)
        #expect(throws: PortfolioError.refused("access events are append-only: they cannot be changed")) {
            try db.write { try db.connection.execute("UPDATE access_event SET outcome = 'failed'") }
        }
        #expect(throws: PortfolioError.refused("access events are append-only: they cannot be removed")) {
            try db.write { try db.connection.execute("DELETE FROM access_event") }
        }
    }

    @Test func roleWordsOfEitherLanguageAreRead() throws {
        #expect(try UserRole(parsing: "styre") == .board)
        #expect(try UserRole(parsing: "Rådgiver") == .adviser)
        #expect(try UserRole(parsing: "revisor") == .auditor)
        #expect(throws: PortfolioError.self) { try UserRole(parsing: "admin") }
    }
}
