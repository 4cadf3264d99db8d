import ArgumentParser
import Portfolio

/// `mon rate`: the months' EUR reference rates, which awards and declarations take when given none.
struct RateCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "rate", abstract: Help.text("help.rate.abstract"),
                             discussion: Help.text("help.rate.discussion"), subcommands: [Set.self, List.self])
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "set", abstract: Help.text("help.rate.set.abstract"),
                                 discussion: Help.text("help.rate.set.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.rate.set.month", valueName: "month")) var month: String
        @Argument(help: Help.argument("help.rate.set.rate", valueName: "rate")) var rate: String

        func run() throws {
            let month = try Month(parsing: month)
            try EuroRateRepository(global.open()).set(month, try EuroRate(parsing: rate))
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.rate.list.abstract"),
                                 discussion: Help.text("help.rate.list.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try EuroRateRepository(global.openReadOnly()).all(), .monthlyRate)
        }
    }
}
