import ArgumentParser
import Portfolio

struct ParamCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "param",
        abstract: Help.text("help.param.abstract"),
        subcommands: [Show.self, Set.self]
    ) }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "show", abstract: Help.text("help.param.show.abstract")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try ParameterRepository(global.openReadOnly()).allWithMultipliers(), .parameter)
        }
    }

    struct Set: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "set",
            abstract: Help.text("help.param.set.abstract"),
            discussion: Message("help.param.set.discussion", helpArguments).description
        ) }

        /// The keys and the bounds the help names: `{keys}`, `{multiplier_low}`, `{rate_high}`, ….
        private static var helpArguments: [String: Message.Argument] {
            let bounds = ["multiplier": Bounds.multiplier, "persons": Bounds.personsPerJob, "rate": Bounds.euroRateLimit]
            var arguments: [String: Message.Argument] = ["keys": .text(ParameterKey.allCases.map(\.rawValue).joined(separator: ", "))]
            for (name, bound) in bounds {
                for (end, value) in bound.helpLimits { arguments[name + "_" + end] = value }
            }
            return arguments
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.param.set.key")) var key: String
        @Argument(help: Help.argument("help.param.set.value")) var value: String
        @Option(help: Help.argument("help.param.set.from")) var from: String?

        func run() throws {
            try ParameterRepository(global.open()).set(key, value,
                                                        from: try from.map(Day.init(parsing:)) ?? Day.today())
        }
    }
}
