import ArgumentParser
import Foundation
import Portfolio
import Synchronization

/// Set by the SIGINT handler, read by the query's progress handler: SQLite then stops the statement.
private let interruptReceived = Atomic<Bool>(false)

struct SQLCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sql",
            abstract: Help.text("help.sql.abstract"),
            discussion: Help.text("help.sql.discussion")
        )
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    @Argument(help: Help.argument("help.sql.query"))
    var query: String

    @Option(name: .customLong("param"), parsing: .singleValue,
            help: Help.argument("help.sql.param", valueName: "KEY=VALUE"))
    var parameters: [String] = []

    @Option(help: Help.argument("help.sql.timeout", valueName: "seconds"))
    var timeout = 60

    func validate() throws {
        for parameter in parameters where !parameter.contains("=") || parameter.hasPrefix("=") {
            throw ValidationError(Message("sql.param_form", ["text": .text(parameter)]).description)
        }
        guard (1...86_400).contains(timeout) else {
            throw ValidationError(Message("sql.timeout_bound", ["low": .integer(1), "high": .integer(86_400), "value": .text("\(timeout)")]).description)
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
