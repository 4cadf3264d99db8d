import ArgumentParser
import Portfolio

/// `mon fund param`: the rules a fund sets for itself; a fund without its own value uses the general parameter.
struct FundParamCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "param", abstract: Help.text("help.fund.param.abstract"),
                             discussion: Help.text("help.fund.param.discussion"), subcommands: [List.self, Set.self])
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.fund.param.list.abstract"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.fund.param.fund")) var fund: String

        func run() throws {
            output.print(try ParameterRepository(global.openReadOnly()).all(fund: fund), .fundParameter)
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "set", abstract: Help.text("help.fund.param.set.abstract"),
                                 discussion: Help.text("help.fund.param.set.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.fund.param.fund")) var fund: String
        @Argument(help: Help.argument("help.fund.param.set.key")) var key: String
        @Argument(help: Help.argument("help.fund.param.set.value")) var value: String
        @Option(help: Help.argument("help.param.set.from")) var from: String?

        func run() throws {
            try ParameterRepository(global.open()).set(fund: fund, key, value, from: try from.map(Day.init(parsing:)) ?? Day.today())
        }
    }
}
