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
/// when it ends with 1 or 2; nor may a run take a minute.
///
/// Each run attacks one option or argument of one command (every command in
/// turn) with such values and gives the others plausible ones, so that it gets
/// past them. Seeded, so a run is repeatable; CI runs 300 commands and 60 import
/// files. For more, another seed, or another build of mon (MON_FUZZ_BINARY):
///
///     MON_FUZZ_COMMANDS=20000 MON_FUZZ_SEED=7 swift test --filter CommandFuzzTests
@Suite(.serialized) struct CommandFuzzTests {
    static let environment = ProcessInfo.processInfo.environment
    static let commandRuns = environment["MON_FUZZ_COMMANDS"].flatMap(Int.init) ?? 300
    static let seed = environment["MON_FUZZ_SEED"].flatMap(UInt64.init) ?? 1

    /// The mon under test: the one beside the tests, or another build to compare.
    static let binary = environment["MON_FUZZ_BINARY"] ?? monBinary

    /// The demo portfolio: the plan, projects with assessments, partners, and grants in every state.
    static let fixture: String = {
        do {
            let folder = try makeTemporaryFolder()
            guard try mon(["demo", "--db", folder + "/mon.sqlite"], binary: binary).status == 0 else { fatalError("mon demo failed") }
            return folder
        } catch {
            fatalError("cannot build the fuzzing fixture: \(error)")
        }
    }()

    @Test func everyCommandTakesAnyValueWithoutCrashing() throws {
        // `serve` runs until it is stopped when its values are good; ServeCommandTests tries its refusals.
        let commands = try CommandUsage.walk([]).filter { $0.path != ["serve"] }
        #expect(commands.count >= 40, "the walk found only \(commands.map(\.path))")
        var rng = Xoshiro(seed: (Self.seed, 0x6d6f6e, 11, 3))
        var failures: [String] = []
        for run in 0..<Self.commandRuns {
            // Every command in turn, so that each has its share of the runs.
            let command = commands[run % commands.count]
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
        // Under coreutils' timeout: a run that never ends (a loop of a billion runs, say) is a failure too.
        let run = try mon(["-s", "KILL", "60", binary] + arguments + ["--db", db], binary: "/usr/bin/timeout", in: folder)
        let shown = arguments.map { $0.count > 60 ? String($0.prefix(60)) + "…(\($0.count))" : $0 }.debugDescription
        // timeout passes on the signal that ended mon; its own KILL says mon ran out of time.
        if run.crashed, run.status == SIGKILL { return "still running after 60 s: \(shown)" }
        if run.crashed { return "signal \(run.status): \(shown)\n\(run.stderr.suffix(500))" }
        guard (0...2).contains(run.status) else { return "exit \(run.status): \(shown)" }
        if run.status == 1, !run.stderr.hasPrefix("error: ") { return "exit 1 without an error line: \(shown): \(run.stderr)" }
        if run.status != 0, try fileBytes(db) != before { return "exit \(run.status) but the file changed: \(shown)" }
        return nil
    }
}

/// Values a person could type into any slot, the worst first.
enum FuzzValues {
    /// Numbers that parse as what an option takes, at the ends of its range and past them.
    static let numbers = [
        "0", "-0", "-1", "100000", "100001", "2147483648", "9223372036854775807", "-9223372036854775808", "1e308",
        "-1e308", "1e-308", "nan", "inf", "-inf", "0.0000000001", "3650", "3651", "1001", "4294967296",
    ]

    static let extremes = [
        "", " ", "99999999999999999999", "1,5", "1.5", "0,5", "5.5", "1 000", "10 000 000 000", "10 000 000 001",
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
        case "format": return ["table", "json", "csv", "markdown"]
        case "sector": return ["industry", "tourism", "other"]
        case "status": return ["idea", "active", "approved", "paid", "closed", "lapsed", "repaid", "applied"]
        case "basis": return ["de-minimis", "gber", "not-aid"]
        case "kind": return ["company", "public"]
        case "role": return ["owner", "funder"]
        case "goal", "code", "goals": return ["1.1", "2.5", "3.4;1.1"]
        case "strategy", "strategies": return ["1.1a", "3.4a"]
        case "applicant", "partner": return ["12", "Byggsirkel AS", "910000071"]
        case "changes": return ["jobs=30", "green=5"]
        case "min-area": return ["1=2", "3=1"]
        case "key": return ["intensity_max", "persons_per_job", "multiplier.tourism", "eur_rate_max"]
        case "query": return ["SELECT 1", "SELECT * FROM grant", "DELETE FROM grant"]
        case "table", "name": return ["grant", "project", "partners", "Nytt AS"]
        default: return ["1", "3", "7", "8", "10", "13", "14", "30"]
        }
    }

    /// A value for a slot called `name`: a hostile one (an extreme, or noise), else a
    /// plausible one, so that a run gets past the other slots to the one under attack.
    static func value(for name: String, hostile: Bool, using rng: inout Xoshiro) -> String {
        func pick(_ values: [String]) -> String { values[Gen.int(in: 0...(values.count - 1)).run(using: &rng)] }
        guard hostile else { return pick(typed(name)) }
        // KEY=VALUE slots keep their key, so that the number behind it is what is tried.
        if ["changes", "min-area", "param"].contains(name) { return pick(typed(name)).split(separator: "=")[0] + "=" + pick(numbers) }
        switch Gen.int(in: 0...9).run(using: &rng) {
        case 0...4: return pick(numbers)
        case 5...8: return pick(extremes)
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
    /// option or flag half the time. One slot (now and then every one) gets hostile
    /// values, the others plausible ones. `--db` is the test's.
    func arguments(using rng: inout Xoshiro, folder: String) -> [String] {
        var arguments: [String] = []
        // The slot under attack is one of the command's own, not --actor, --format or a flag.
        let own = slots.indices.filter {
            if case .option(let name, _, _, _) = slots[$0] { return name != "--actor" && name != "--format" && name != "--db" }
            if case .argument = slots[$0] { return true }
            return false
        }
        let target = own.isEmpty ? -1 : own[Gen.int(in: 0...(own.count - 1)).run(using: &rng)]
        for (index, slot) in slots.enumerated() {
            let include = Gen.bool().run(using: &rng) || index == target
            let hostile = index == target || Gen.bool(0.1).run(using: &rng)
            switch slot {
            case .flag(let name) where include && name != "--version" && name != "--help":
                arguments.append(name)
            case .option(let name, let value, let required, let repeated) where name != "--db" && (required || include):
                for _ in 0..<(repeated ? Gen.int(in: 1...3).run(using: &rng) : 1) {
                    let given = value == "file" ? folder + "/out"
                        : FuzzValues.value(for: name.trimmingCharacters(in: ["-"]), hostile: hostile, using: &rng)
                    // `--name=value`, so that a value such as `-1` is not read as an option of its own.
                    arguments += name.hasPrefix("--") ? [name + "=" + given] : [name, given]
                }
            case .argument(let name, let repeated):
                let count = repeated ? Gen.int(in: 1...3).run(using: &rng) : 1
                arguments += (0..<count).map { _ in
                    ["file", "path"].contains(name) ? folder + "/file" : FuzzValues.value(for: name, hostile: hostile, using: &rng)
                }
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
            let target = Gen.int(in: 0...(header.count - 1)).run(using: &rng)
            text += header.indices.map { index in
                quoted(FuzzValues.value(for: header[index], hostile: index == target, using: &rng), separator)
            }.joined(separator: separator) + "\r\n"
        }
        return text
    }

    static func quoted(_ field: String, _ separator: String) -> String {
        guard field.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
