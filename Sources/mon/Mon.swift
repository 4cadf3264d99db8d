import ArgumentParser
import Foundation
import Portfolio

@main
struct Mon: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mon",
        abstract: "The project portfolio and næringsfond of Mosjøen og Omegn Næringsselskap (MON).",
        discussion: """
            One SQLite file holds Vefsn's strategic business plan, the projects that carry \
            it out, their partners and every grant from the municipal business fund.

            Examples:
              mon demo
              mon plan show --format json
              mon sql "SELECT code, title FROM goal WHERE code = :c" --param c=2.5
            """,
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, Init.self, PlanCommand.self, PartnerCommand.self, ProjectCommand.self, FundCommand.self,
            GrantCommand.self, DeMinimisCommand.self, AssessCommand.self, WeightsCommand.self, RankCommand.self,
            SelectCommand.self, ReportCommand.self, ParamCommand.self, HistoryCommand.self, ImportCommand.self, ExportCommand.self,
            SQLCommand.self, BackupCommand.self, Doctor.self,
            DeciderCommand.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    /// Exit 0 on success; 1, with one `error: …` line, when refused or failed; 2 on a usage error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            try StandardOutput.flush()
        } catch let error as ExitCode {
            Foundation.exit(error.rawValue)
        } catch {
            if let failure = PortfolioError.explaining(error) { fail(failure.description) }
            if let suggestion = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst())) {
                FileHandle.standardError.write(Data("error: \(suggestion.description.visibleOnOneLine)\n".utf8))
                Foundation.exit(2)
            }
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(2)
        }
    }

    /// Says what a command did but would rather not have, without refusing it.
    static func warn(_ warnings: [Message]) {
        for warning in warnings {
            FileHandle.standardError.write(Data("warning: \(warning.description.visibleOnOneLine)\n".utf8))
        }
    }

    static func fail(_ message: String) -> Never {
        // A message quotes what was typed or stored: it must not steer the terminal or break the one line.
        FileHandle.standardError.write(Data("error: \(message.visibleOnOneLine)\n".utf8))
        Foundation.exit(1)
    }
}
