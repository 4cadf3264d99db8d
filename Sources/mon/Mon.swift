import ArgumentParser
import Foundation
import Portfolio

@main
struct Mon: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "mon",
            abstract: Help.text("help.mon.abstract"),
            discussion: Help.text("help.mon.discussion"),
            version: "0.1.0",
            subcommands: [
                DemoCommand.self, Init.self, PlanCommand.self, PartnerCommand.self, ProjectCommand.self, FundCommand.self,
                GrantCommand.self, DeMinimisCommand.self, AssessCommand.self, WeightsCommand.self, RankCommand.self,
                SelectCommand.self, ReportCommand.self, ParamCommand.self, HistoryCommand.self, ImportCommand.self, ExportCommand.self,
                SQLCommand.self, BackupCommand.self, Doctor.self,
                RateCommand.self, DeciderCommand.self,
                IndicatorCommand.self,
                ResultCommand.self, ResultsCommand.self,
                CategoryCommand.self,
                RoundCommand.self,
                UserCommand.self,
                ServeCommand.self,
            ]
        )
    }

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
                print(HelpFrame.translated(message))
                Foundation.exit(0)
            }
            // The usage error quotes what was typed, which must not steer the terminal either.
            FileHandle.standardError.write(Data((HelpFrame.translated(message).visibleInTerminal + "\n").utf8))
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
