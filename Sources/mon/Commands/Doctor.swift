import ArgumentParser
import Portfolio

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database: integrity, foreign keys and migrations.",
        discussion: """
            Exits 1 when a check fails.

            Example:
              mon doctor --format json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let checks = try global.openReadOnly().healthChecks()
        output.print(checks, .healthCheck)
        let failed = checks.filter { !$0.passed }
        if !failed.isEmpty {
            Mon.fail("\(failed.count) of \(checks.count) checks failed: \(failed.map(\.name).joined(separator: ", "))")
        }
    }
}
