import ArgumentParser
import Foundation
import Portfolio
import Synchronization

/// Set by the SIGINT handler, read by the query's progress handler: SQLite then stops the statement.
private let interruptReceived = Atomic<Bool>(false)

struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run one read-only SQL query over the database.",
        discussion: """
            The database is opened read-only and the query may only read: a statement \
            that would write, ATTACH, a pragma that sets something and functions that \
            reach outside the database are refused, and the file is left as it was. \
            Rows are printed as they are read, a thousand at a time (in table format \
            each thousand is aligned on its own), so a large result needs no memory. \
            The query stops at --timeout or on Ctrl-C, with exit status 1. \
            Tables and views: docs/schema.md.

            Examples:
              mon sql "SELECT code, title FROM goal WHERE code = :c" --param c=2.5
              mon sql "SELECT status, count(*) AS n FROM project GROUP BY status" --format csv
              mon sql "SELECT * FROM history" --timeout 600 --format json > history.json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    @Argument(help: "One SQL statement that only reads.")
    var query: String

    @Option(name: .customLong("param"), parsing: .singleValue,
            help: ArgumentHelp("A named parameter, bound to :KEY in the query.", valueName: "KEY=VALUE"))
    var parameters: [String] = []

    @Option(help: ArgumentHelp("Stop the query after this many seconds (1 to 86 400).", valueName: "seconds"))
    var timeout = 60

    func validate() throws {
        for parameter in parameters where !parameter.contains("=") || parameter.hasPrefix("=") {
            throw ValidationError("--param takes KEY=VALUE, not '\(parameter)'")
        }
        guard (1...86_400).contains(timeout) else {
            throw ValidationError("--timeout takes 1 to 86 400 seconds, not \(timeout)")
        }
    }

    func run() throws {
        var named: [String: String] = [:]
        for parameter in parameters {
            let parts = parameter.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            named[String(parts[0])] = String(parts[1])
        }
        let db = try global.openReadOnly()
        Self.stopOnInterrupt()
        let limits = QueryLimits(timeout: .seconds(timeout), interrupted: { interruptReceived.load(ordering: .relaxed) })
        var printer = BatchPrinter(format: output.format)
        try db.query(query, parameters: named, limits: limits) { printer.print($0) }
        printer.finish()
    }

    /// Ctrl-C sets a flag that the query's progress handler reads, so that SQLite
    /// stops the statement and mon exits with a sentence rather than a signal.
    /// SIGINT is unblocked too: a parent may have blocked it, and the child inherits that.
    private static func stopOnInterrupt() {
        signal(SIGINT) { _ in interruptReceived.store(true, ordering: .relaxed) }
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
    }
}
