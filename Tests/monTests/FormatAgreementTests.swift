import Foundation
import Testing
import TestSupport

/// Every command that takes `--format table|json|csv|markdown` says the same in
/// each: the CSV header is the keys of a JSON row (less the parts nested in
/// it), and the table has as many columns — or, for one record, as many fields.
@Suite struct FormatAgreementTests {
    static let demo = buildDatabase([["demo"]]) { folder in
        try Data("name,kind\nNy Partner AS,company\n".utf8).write(to: URL(fileURLWithPath: folder + "/partners.csv"))
        try Data("title: Ny plan\nmunicipality: Vefsn\nfirst_year: 2025\nlast_year: 2028\nfocus_areas:\n- {number: 1, title: Slagkraft}\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/plan.yaml"))
    }

    /// How each command is run here; `{new}` is a database that does not exist yet, `{dir}` the fixture's folder.
    static let invocations: [[String]] = [
        ["demo", "--db", "{new}"], ["demo", "--synthetic", "--projects", "5", "--grants", "10", "--db", "{new}"], ["init", "--db", "{new}"],
        ["plan", "show"], ["plan", "coverage"],
        ["partner", "add", "Ny Partner AS"], ["partner", "list"], ["partner", "show", "1"],
        ["project", "add", "Nytt prosjekt", "--goal", "1.1"], ["project", "list"], ["project", "show", "1"],
        ["fund", "add", "Covid-fond"], ["fund", "allocate", "--year", "2030", "1000"], ["fund", "status"],
        ["fund", "status", "--year", "2023"], ["fund", "list"],
        ["grant", "apply", "--applicant", "1", "--amount", "1000", "--total-cost", "4000", "--basis", "not-aid"],
        ["grant", "list"], ["grant", "list", "--public"], ["grant", "list", "--register"], ["grant", "show", "7"],
        ["grant", "due", "--today", "2024-06-01", "--within", "400"],
        ["deminimis", "position", "1", "--at", "2024-03-05"],
        ["deminimis", "declare", "1", "1000", "--date", "2024-01-02", "--giver", "Innovasjon Norge", "--eur-rate", "11.5"],
        ["assess", "1", "--direct-jobs", "2", "--feasibility", "3"], ["weights", "show"], ["weights", "set", "jobs=30"],
        ["rank", "--as-of", "2024-06-30"], ["rank", "--sensitivity", "--runs", "20"],
        ["select", "--budget", "3000000", "--as-of", "2024-06-30"], ["select", "--budget", "3000000", "--frontier", "3"],
        ["param", "show"], ["history", "list", "--table", "grant"], ["history", "verify"], ["import", "partners", "{dir}/partners.csv", "--dry-run"],
        ["sql", "SELECT 1 AS one, 'to' AS two"], ["doctor"],
        ["rate", "list"],
        ["fund", "allocation", "list"],
        ["decider", "list"],
        ["plan", "list", "--as-of", "2026-11-27"], ["plan", "import", "{dir}/plan.yaml"],
        ["indicator", "list"],
        ["result", "record", "1", "--date", "2025-06-30", "--jobs", "2"], ["result", "list", "1"], ["results"], ["results", "calibrate"],
        ["category", "list"], ["fund", "annual", "--year", "2024"], ["fund", "param", "list", "1"],
        ["round", "add", "Høst 2024", "--deadline", "2024-09-15", "--budget", "1000000"], ["round", "list"], ["round", "show", "1"],
        ["round", "rank", "1", "--as-of", "2024-04-20"], ["round", "select", "1", "--date", "2024-04-20"],
        ["round", "select", "1", "--date", "2024-04-20", "--frontier", "3"],
        ["round", "decide", "1", "--date", "2024-04-20", "--decided-by", "styret", "--reason", "Ikke prioritert"],
        ["grant", "request", "7", "--amount", "1000", "--costs", "5000", "--date", "2024-06-01"], ["grant", "requests", "7"],
        ["user", "list"],
    ]

    /// Results whose JSON is a tree and whose table is its outline: the plan, the model.
    static let trees: Set<[String]> = [["plan", "show"], ["weights", "show"], ["results"], ["results", "calibrate"]]
    /// A key JSON leaves out when it is empty: `fund status` gives `year` only when asked for one.
    static let omittedWhenEmpty: Set<String> = ["year"]
    /// Columns for programs only: a person reads them in words in another column.
    static let forPrograms: Set<String> = ["status_text", "obstacles"]

    @Test func everyCommandWithFormatIsHere() throws {
        let formatted = try leafCommands([]).filter { try mon($0 + ["--help"]).stdout.contains("Output format: table, json, csv or markdown") }
        #expect(formatted.count >= 30, "\(formatted)")
        for path in formatted {
            #expect(Self.invocations.contains { $0.starts(with: path) }, "no invocation of `mon \(path.joined(separator: " "))` here")
        }
    }

    @Test(arguments: invocations)
    func csvJSONAndTableAgree(arguments: [String]) throws {
        let json = try run(arguments, "json").json()
        let csvHeader = try #require(try run(arguments, "csv").stdout.split(separator: "\r\n").first).split(separator: ",").map(String.init)
        let markdown = try run(arguments, "markdown").stdout
        if Self.trees.contains(arguments) {
            #expect(json is [String: Any])
        } else if let keys = try keys(json) {
            // Each CSV column is a key of the JSON row (a list there when its column holds codes, like a project's goals);
            // each key of the row that is not a nested list or object is a CSV column.
            #expect(Set(csvHeader).subtracting(Self.omittedWhenEmpty).isSubset(of: keys.all), "CSV \(csvHeader), JSON \(keys.all.sorted())")
            #expect(keys.scalar.isSubset(of: Set(csvHeader)), "CSV \(csvHeader), JSON \(keys.scalar.sorted())")
        }
        guard markdown.hasPrefix("| ") else { return } // a sentence: `import` says what it did
        // A person's table leaves out, as JSON does, a column that is empty in every row.
        let rows = json as? [[String: Any]] ?? []
        let omitted = rows.isEmpty ? [] : Self.omittedWhenEmpty.subtracting(rows.flatMap(\.keys))
        #expect(markdownColumns(markdown) == csvHeader.filter { !Self.forPrograms.contains($0) && !omitted.contains($0) }.count, "\(markdown)")
    }

    func run(_ arguments: [String], _ format: String) throws -> MonRun {
        let db = try copyDatabase(in: Self.demo)
        let folder = (db as NSString).deletingLastPathComponent
        let filled = arguments.map { $0.replacingOccurrences(of: "{new}", with: folder + "/new.sqlite").replacingOccurrences(of: "{dir}", with: Self.demo) }
        let run = try mon(filled + ["--format", format] + (filled.contains("--db") ? [] : ["--db", db]))
        #expect(run.status == 0, "\(arguments) --format \(format): \(run.stderr)")
        return run
    }

    /// The keys of the first row (or of the object), and those of them that hold no
    /// nested list or object in any row; nil when there is no row to compare.
    func keys(_ json: Any) throws -> (all: Set<String>, scalar: Set<String>)? {
        let rows = try (json as? [[String: Any]]) ?? [#require(json as? [String: Any])]
        guard let first = rows.first else { return nil }
        let nested = Set(rows.flatMap { row in row.filter { $0.value is [Any] || $0.value is [String: Any] }.map(\.key) })
        return (Set(first.keys), Set(first.keys).subtracting(nested))
    }

    /// Columns of a list; for one record (`| field | value |`), its fields.
    func markdownColumns(_ markdown: String) -> Int {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines[0] == "| field | value |" else { return lines[0].components(separatedBy: " | ").count }
        return lines.dropFirst(2).prefix { $0.hasPrefix("| ") }.count
    }

    /// Every command without subcommands of its own, as `mon … --help` lists them.
    func leafCommands(_ path: [String]) throws -> [[String]] {
        let help = try mon(path + ["--help"]).stdout
        guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").dropFirst().first else { return [path] }
        let names = section.split(separator: "\n", omittingEmptySubsequences: false)
            .prefix { !$0.isEmpty }.filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .map { String($0.dropFirst(2).prefix { $0 != " " }) }
        return try names.flatMap { try leafCommands(path + [$0]) }
    }
}
