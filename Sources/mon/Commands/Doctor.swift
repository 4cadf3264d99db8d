import ArgumentParser
import Portfolio

struct Doctor: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "doctor",
            abstract: Help.text("help.doctor.abstract"),
            discussion: Help.text("help.doctor.discussion")
        )
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let checks = try global.openReadOnly().healthChecks()
        output.print(checks, .healthCheck)
        let failed = checks.filter { !$0.passed }
        if !failed.isEmpty {
            Mon.fail(Message("doctor.failed", ["failed": .integer(Int64(failed.count)), "checks": .integer(Int64(checks.count)),
                                               "names": .list(failed.map { .message($0.label) })]).description)
        }
    }
}
