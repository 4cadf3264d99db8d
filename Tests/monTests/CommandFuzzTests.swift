import Foundation
import PropertyBased
import Testing
import TestSupport

/// No input crashes mon. Every command is found by walking `mon --help`, and
/// every option and argument its usage line names is given generated values:
/// numbers at the extremes, empty and huge strings, control characters,
/// negative numbers, `1e308`, `nan`, dates at the ends of what mon keeps. Every
/// field of every kind of import file too. Each run must end with exit status
/// 0, 1 or 2 — never a signal — and leave the database byte for byte as it was
/// when it ends with 1 or 2.
///
/// Seeded, so a run is repeatable; CI runs 300 commands and 60 import files. For more:
///
///     MON_FUZZ_COMMANDS=20000 MON_FUZZ_SEED=7 swift test --filter CommandFuzzTests
@Suite(.serialized) struct CommandFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let commandRuns = environment["MON_FUZZ_COMMANDS"].flatMap(Int.init) ?? 300
    static let seed = environment["MON_FUZZ_SEED"].flatMap(UInt64.init) ?? 1

    /// The demo portfolio: the plan, projects with assessments, partners, and grants in every state.
    static let fixture = buildDatabase([["demo"]])

    @Test func everyCommandTakesAnyValueWithoutCrashing() throws {
        let commands = try CommandUsage.walk([])
        #expect(commands.count >= 40, "the walk found only \(commands.map(\.path))")
        var rng = Xoshiro(seed: (Self.seed, 0x6d6f6e, 11, 3))
        var failures: [String] = []
        for _ in 0..<Self.commandRuns {
            let command = commands[Gen.int(in: 0...(commands.count - 1)).run(using: &rng)]
            let folder = try makeTemporaryFolder()
            let arguments = command.path + command.arguments(using: &rng, folder: folder)
            if let failure = try Self.check(arguments, folder: folder) { failures.append(failure) }
        }
        #expect(failures.isEmpty, "\(failures.count) runs went wrong:\n\(failures.prefix(20).joined(separator: "\n"))")
    }

    @Test(arguments: ["projects", "partners", "grants"])
    func everyImportFieldTakesAnyValueWithoutCrashing(kind: String) throws {
        var rng = Xoshiro(seed: (Self.seed, 0x637376, UInt64(kind.count), 5))
        var failures: [String] = []
        for _ in 0..<max(1, Self.commandRuns / 15) {
            let folder = try makeTemporaryFolder()
            let file = folder + "/\(kind).csv"
            try Data(ImportFile.generate(kind, using: &rng).utf8).write(to: URL(fileURLWithPath: file))
            if let failure = try Self.check(["import", kind, file], folder: folder) {
                failures.append(failure + "\n" + (try String(contentsOfFile: file, encoding: .utf8)))
            }
        }
        #expect(failures.isEmpty, "\(failures.count) imports went wrong:\n\(failures.prefix(10).joined(separator: "\n"))")
    }

    /// Runs mon on a fresh copy of the fixture; says what went wrong, or nil.
    static func check(_ arguments: [String], folder: String) throws -> String? {
        let db = try copyDatabase(in: fixture)
        let before = try fileBytes(db)
        let run = try mon(arguments + ["--db", db], in: folder)
        let shown = arguments.map { $0.count > 60 ? String($0.prefix(60)) + "…(\($0.count))" : $0 }.debugDescription
        if run.crashed { return "signal \(run.status): \(shown)\n\(run.stderr.suffix(500))" }
        guard (0...2).contains(run.status) else { return "exit \(run.status): \(shown)" }
        if run.status == 1, !run.stderr.hasPrefix("error: ") { return "exit 1 without an error line: \(shown): \(run.stderr)" }
        if run.status != 0, try fileBytes(db) != before { return "exit \(run.status) but the file changed: \(shown)" }
        return nil
    }
}

/// Values a person could type into any slot, the worst first.
enum FuzzValues {
    static let extremes = [
        "", " ", "0", "-0", "1", "-1", "2", "7", "100000", "100001", "2147483648", "9223372036854775807",
        "-9223372036854775808", "99999999999999999999", "1e308", "-1e308", "1e-308", "nan", "inf", "-inf", "0.0000000001",
        "1,5", "1.5", "0,5", "5.5", "3650", "3651", "1001", "1 000", "10 000 000 000", "10 000 000 001",
        "999 999 999 999 999", "1 250 000,50 kr", "0001-01-01", "1899-12-31", "1900-01-01", "2200-12-31", "2201-01-01",
        "9999-12-31", "2024-02-29", "2023-02-29", "31.12.2200", "01.01.1900", "\u{1B}[31mred", "a\nb", "a\rb", "\u{0}",
        "\u{7F}", "\u{85}", "\u{202E}evil", "\u{200B}", "e\u{301}", "x=1", "=", "jobs=1e308", "jobs=nan", "1=999999999",
        "multiplier.tourism", "persons_per_job", "eur_rate_min", "'", "\"", "-", "%s%n%x", "; DROP TABLE grant; --",
        String(repeating: "9", count: 400), String(repeating: "Æ", count: 50_000),
    ]

    /// Plausible values by what the slot is called, so that runs reach past the first check.
    static func typed(_ name: String) -> [String] {
        switch name {
        case _ where name.contains("date") || name.hasSuffix("_on") || ["as-of", "at", "since", "today", "from", "received",
                                                                        "deadline", "start", "end"].contains(name):
            return ["2024-03-01", "2024-12-31", "15.03.2024", "2021-01-01", "2099-01-01"]
        case _ where ["amount", "budget", "total-cost", "request", "contribution", "paid", "repaid", "amount_applied",
                      "amount_approved", "total_cost"].contains(name):
            return ["1", "100 000", "1 250 000,50", "450000.5", "10 000 000 000"]
        case "eur-rate", "eur_rate", "spread": return ["11.49", "10", "0.2", "25"]
        case "format": return ["table", "json", "csv", "markdown", "html"]
        case "sector": return ["industry", "tourism", "other"]
        case "status": return ["idea", "active", "approved", "paid", "closed", "lapsed", "repaid", "applied"]
        case "basis": return ["de-minimis", "gber", "not-aid"]
        case "kind": return ["company", "public"]
        case "role": return ["owner", "funder"]
        case "goal", "code", "goals": return ["1.1", "2.5", "3.4;1.1"]
        case "strategy", "strategies": return ["1.1a", "3.4a"]
        case "applicant", "partner": return ["1", "Helgeland Industri AS", "923609016"]
        case "changes", "min-area": return ["jobs=30", "1=2", "green=100"]
        case "key": return ["intensity_max", "persons_per_job", "multiplier.tourism", "eur_rate_max"]
        case "query": return ["SELECT 1", "SELECT * FROM grant", "DELETE FROM grant"]
        case "table", "name": return ["grant", "project", "partners", "Nytt AS"]
        default: return ["1", "2", "3", "12", "30"]
        }
    }

    /// A value for a slot called `name`: often a plausible one, often an extreme, sometimes noise.
    static func value(for name: String, using rng: inout Xoshiro) -> String {
        switch Gen.int(in: 0...9).run(using: &rng) {
        case 0...3: return typed(name)[Gen.int(in: 0...(typed(name).count - 1)).run(using: &rng)]
        case 4...7: return extremes[Gen.int(in: 0...(extremes.count - 1)).run(using: &rng)]
        default: return Gen.character(in: "\u{0}"..."\u{2FF}").string(of: 0...16).run(using: &rng)
        }
    }
}

/// One command as the usage line of its help gives it: its options and arguments.
struct CommandUsage {
    enum Slot {
        case argument(String, repeated: Bool)
        case option(String, value: String, required: Bool, repeated: Bool)
        case flag(String)
    }

    let path: [String]
    let slots: [Slot]

    /// Every command under `path`, found through `--help` as a person would.
    static func walk(_ path: [String]) throws -> [CommandUsage] {
        let help = try mon(path + ["--help"]).stdout
        guard let listed = help.range(of: "\nSUBCOMMANDS:\n") else { return [try parse(path, help: help)] }
        let names = help[listed.upperBound...].split(separator: "\n").prefix { !$0.hasPrefix("  See ") }
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        return try names.flatMap { try walk(path + [$0]) }
    }

    /// Reads `USAGE: mon grant approve [--db <path>] <id> --date <date> [--amount <amount>] [--final]`.
    static func parse(_ path: [String], help: String) throws -> CommandUsage {
        let usage = try #require(help.split(separator: "\n").first { $0.hasPrefix("USAGE: ") })
        let tokens = usage.dropFirst("USAGE: mon ".count + path.joined(separator: " ").count).split(separator: " ").map(String.init)
        func bare(_ token: String) -> String { token.trimmingCharacters(in: CharacterSet(charactersIn: "[]<>.")) }
        func isRepeat(_ at: Int) -> Bool { at < tokens.count && tokens[at].hasPrefix("...") }
        var slots: [Slot] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if bare(token).hasPrefix("-"), index + 1 < tokens.count, tokens[index + 1].hasPrefix("<") {
                slots.append(.option(bare(token), value: bare(tokens[index + 1]), required: !token.hasPrefix("["),
                                     repeated: isRepeat(index + 2)))
                index += isRepeat(index + 2) ? 3 : 2
            } else if bare(token).hasPrefix("-") {
                slots.append(.flag(bare(token)))
                index += 1
            } else {
                slots.append(.argument(bare(token), repeated: isRepeat(index + 1)))
                index += isRepeat(index + 1) ? 2 : 1
            }
        }
        return CommandUsage(path: path, slots: slots)
    }

    /// Arguments for one run: every argument and required option, and each other
    /// option or flag half the time, with generated values. `--db` is the test's.
    func arguments(using rng: inout Xoshiro, folder: String) -> [String] {
        var arguments: [String] = []
        for slot in slots {
            let include = Gen.bool().run(using: &rng)
            switch slot {
            case .flag(let name) where include && name != "--version" && name != "--help":
                arguments.append(name)
            case .option(let name, let value, let required, let repeated) where name != "--db" && (required || include):
                let count = repeated ? Gen.int(in: 1...3).run(using: &rng) : 1
                arguments.append(name)
                arguments += (0..<count).map { _ in value == "file" ? folder + "/out" : FuzzValues.value(for: name.trimmingCharacters(in: ["-"]), using: &rng) }
            case .argument(let name, let repeated):
                let count = repeated ? Gen.int(in: 1...3).run(using: &rng) : 1
                arguments += (0..<count).map { _ in ["file", "path"].contains(name) ? folder + "/file" : FuzzValues.value(for: name, using: &rng) }
            default:
                break
            }
        }
        return arguments
    }
}

/// An import file with the required columns and some others, in any order, and one to three rows of generated fields.
enum ImportFile {
    static let columns = [
        "projects": (["name", "goals"], ["id", "status", "strategies", "start_date", "end_date", "budget", "responsible", "description"]),
        "partners": (["name"], ["id", "orgnr", "kind", "municipality", "group"]),
        "grants": (["applicant", "amount_applied", "total_cost", "received_on"],
                   ["id", "fund", "project_id", "purpose", "basis", "status", "approved_on", "amount_approved", "deadline", "case_ref",
                    "eur_rate", "intensity_reason", "decided_on", "paid", "paid_on", "repaid", "repaid_on"]),
    ]

    static func generate(_ kind: String, using rng: inout Xoshiro) -> String {
        let (required, others) = columns[kind]!
        let header = Gen.shuffled(required + others.filter { _ in Gen.bool().run(using: &rng) }).run(using: &rng)
        let separator = Gen.bool(0.2).run(using: &rng) ? ";" : ","
        var text = header.joined(separator: separator) + "\r\n"
        for _ in 0..<Gen.int(in: 1...3).run(using: &rng) {
            text += header.map { quoted(FuzzValues.value(for: $0, using: &rng), separator) }.joined(separator: separator) + "\r\n"
        }
        return text
    }

    static func quoted(_ field: String, _ separator: String) -> String {
        guard field.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
