import ArgumentParser
import Portfolio

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query over the database.",
        discussion: """
            The database is opened read-only: a statement that would write is refused \
            and the file is left as it was. Tables and views: docs/schema.md.

            Examples:
              mon sql "SELECT code, title FROM goal WHERE code = :c" --param c=2.5
              mon sql "SELECT status, count(*) AS n FROM project GROUP BY status" --format csv
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    @Argument(help: "One SQL statement that only reads.")
    var query: String

    @Option(name: .customLong("param"), parsing: .singleValue,
            help: ArgumentHelp("A named parameter, bound to :KEY in the query.", valueName: "KEY=VALUE"))
    var parameters: [String] = []

    func validate() throws {
        for parameter in parameters where !parameter.contains("=") || parameter.hasPrefix("=") {
            throw ValidationError("--param takes KEY=VALUE, not '\(parameter)'")
        }
    }

    func run() throws {
        var named: [String: String] = [:]
        for parameter in parameters {
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            named[String(parts[0])] = String(parts[1])
        }
        let result = try global.openReadOnly().query(query, parameters: named)
        output.print(Table(result))
    }
}
