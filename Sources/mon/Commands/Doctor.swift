import ArgumentParser
import Portfolio

struct Doctor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the database: integrity, foreign keys, migrations, schema, history seal and funds.",
        discussion: """
            Names every trigger, index and view that is not as the migrations made it \
            (dropped, changed or added by hand), the first history row that no longer \
            matches its seal (as `mon history verify` does), and any fund whose figures \
            do not add up. Only reads. Exits 1 when a check fails.

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
