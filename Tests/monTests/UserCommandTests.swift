import Foundation
import Testing
import TestSupport

/// `mon user add`, `list` and `disable` as a person runs them: the password only
/// ever on standard input, never shown, never in the history.
@Suite struct UserCommandTests {
    static let password = "korrekt hest batteri"

    /// A database with two users, made once: each `user add` hashes at the production cost.
    static let folder: String = {
        let folder = buildDatabase([])
        for (name, role) in [("kari", "board"), ("Ola Nordmann", "rådgiver")] {
            let run = try? mon(["user", "add", name, "--role", role, "--password-stdin", "--db", folder + "/mon.sqlite"],
                               input: password + "\n")
            guard run?.status == 0 else { fatalError("fixture user \(name) not added: \(run?.stderr ?? "")") }
        }
        return folder
    }()

    @Test func addAndListRoundTripWithoutTheHash() throws {
        let db = try copyDatabase(in: Self.folder)
        let json = try mon(["user", "list", "--format", "json", "--db", db])
        #expect(json.status == 0)
        let users = try #require(try json.json() as? [[String: Any]])
        #expect(users.map { $0["name"] as? String } == ["kari", "Ola Nordmann"])
        #expect(users.map { $0["role"] as? String } == ["board", "adviser"])
        #expect(users.map { $0["disabled"] as? Bool } == [false, false])
        #expect(users.map { $0["locked_until"] is NSNull } == [true, true])
        #expect(users.map { $0["last_login"] is NSNull } == [true, true])
        #expect(users.map { $0.keys.sorted() }.allSatisfy { $0 == ["disabled", "last_login", "locked_until", "name", "role"] })
        for format in ["json", "csv", "table", "markdown"] {
            let run = try mon(["user", "list", "--format", format, "--db", db])
            #expect(!run.stdout.contains("$2b$") && !run.stdout.contains(Self.password), "\(format): \(run.stdout)")
        }
        let bokmal = try mon(["user", "list", "--db", db], environment: ["MON_LANG": "nb"])
        #expect(bokmal.stdout.contains("styre") && bokmal.stdout.contains("rådgiver") && bokmal.stdout.contains("rolle"))
    }

    @Test func disableMarksTheUserAndTheHistoryHoldsNoHash() throws {
        let db = try copyDatabase(in: Self.folder)
        #expect(try mon(["user", "disable", "KARI", "--db", db]).status == 0)
        let csv = try mon(["user", "list", "--format", "csv", "--db", db])
        #expect(csv.stdout == "name,role,disabled,locked_until,last_login\r\nkari,board,true,,\r\nOla Nordmann,adviser,false,,\r\n")
        let history = try mon(["history", "list", "--table", "web_user", "--format", "json", "--db", db])
        #expect(history.status == 0)
        #expect(history.stdout.contains("(not recorded)"))
        #expect(!history.stdout.contains("$2b$"))
        let stored = try mon(["sql", "SELECT count(*) AS n FROM history WHERE new_values LIKE '%$2b$%' OR old_values LIKE '%$2b$%'",
                              "--format", "csv", "--db", db])
        #expect(stored.stdout == "n\r\n0\r\n")
        expectRefused(try mon(["user", "disable", "kari", "--db", db]), "'kari' is disabled already")
        // The marker in place of the hash is no difference to the doctor's check of rows against their history.
        let doctor = try mon(["doctor", "--db", db])
        #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    }

    static let refusals: [(arguments: [String], input: String?, reason: String)] = [
        (["user", "add", "per", "--role", "board", "--password-stdin"], "", "no password on standard input"),
        (["user", "add", "per", "--role", "board", "--password-stdin"], "\n", "no password on standard input"),
        (["user", "add", "per", "--role", "board"], password + "\n", "give --password-stdin and the password on standard input"),
        (["user", "add", "KARI", "--role", "board", "--password-stdin"], password + "\n",
         "a user named 'kari' exists already: 'KARI' differs only in case"),
        (["user", "add", "per", "--role", "admin", "--password-stdin"], password + "\n",
         "'admin' is not a role; use one of board, adviser, auditor"),
        (["user", "add", "per", "--role", "board", "--password-stdin"], "kort\n", "the password is too short: at least 10 characters"),
        (["user", "add", "  ", "--role", "board", "--password-stdin"], password + "\n", "a web user needs a name"),
        (["user", "disable", "per"], nil, "no web user is named 'per'"),
    ]

    @Test(arguments: refusals)
    func isRefusedAndWritesNothing(arguments: [String], input: String?, reason: String) throws {
        let db = try copyDatabase(in: Self.folder)
        let before = try fileBytes(db)
        expectRefused(try mon(arguments + ["--db", db], input: input ?? ""), reason)
        #expect(try fileBytes(db) == before)
    }

    @Test func theHelpShowsAnExampleInBothLanguages() throws {
        let english = try mon(["user", "add", "--help"])
        #expect(english.stdout.contains("--password-stdin"))
        #expect(english.stdout.contains("printf '%s\\n' \"$PASSWORD\" | mon user add"))
        let bokmal = try mon(["user", "add", "--help"], environment: ["MON_LANG": "nb"])
        #expect(bokmal.stdout.contains("Passordet er første linje på standard input"))
        // The usage line is ArgumentParser's, as long as the options: the text and its examples fit 80 columns.
        for line in (english.stdout + bokmal.stdout).split(separator: "\n") where !line.hasPrefix("USAGE:") && !line.hasPrefix("BRUK:") {
            #expect(line.count <= 80, "\(line)")
        }
    }
}
