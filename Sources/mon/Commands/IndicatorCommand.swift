import ArgumentParser
import Portfolio

/// `mon indicator`: the plan's indicators, a measured value a year, against baseline and target.
struct IndicatorCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "indicator", abstract: Help.text("help.indicator.abstract"), subcommands: [Record.self, List.self])
    }

    struct Record: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "record", abstract: Help.text("help.indicator.record.abstract"),
                                 discussion: Help.text("help.indicator.record.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.indicator.record.key", valueName: "key")) var key: String
        @Argument(help: Help.argument("help.indicator.record.value", valueName: "value")) var value: String
        @Option(help: Bounds.planYear.help("help.indicator.record.year")) var year: Int
        @Option(help: Help.argument("help.indicator.record.source")) var source: String?
        @Option(help: Help.argument("help.indicator.plan")) var plan: Int64?

        func run() throws {
            let number = try DecimalNumber(parsing: value, option: "VALUE").value
            try IndicatorRepository(global.open()).record(key, value: number, year: year, source: source, planID: plan)
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.indicator.list.abstract"),
                                 discussion: Help.text("help.indicator.list.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Option(help: Help.argument("help.indicator.plan")) var plan: Int64?
        @Option(help: Help.argument("help.indicator.list.goal")) var goal: String?
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try IndicatorRepository(global.openReadOnly()).list(planID: plan, goal: goal), .indicatorStanding)
        }
    }
}
