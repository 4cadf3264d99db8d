import ArgumentParser
import Portfolio

struct ParamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "param",
        abstract: "The dated parameters of the rules: each value holds from its date until the next.",
        subcommands: [Show.self, Set.self]
    )

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Every parameter with every dated value.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try ParameterRepository(global.openReadOnly()).allWithMultipliers(), .parameter)
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Give a parameter a new value from a day on; earlier days keep theirs.",
            discussion: """
                Keys: \(ParameterKey.allCases.map(\.rawValue).joined(separator: ", ")), and \
                multiplier.SECTOR for a sector's employment multiplier (a new version of the scoring model).

                Bounds: a multiplier is \(Bounds.multiplier.span) (published regional employment \
                multipliers lie between 1 and 3); persons_per_job is \(Bounds.personsPerJob.span) (a \
                household is 1 to 4 persons); eur_rate_min and eur_rate_max are \(Bounds.euroRateLimit.span) \
                (5 and 25 to begin with: NOK per EUR has lain between 7 and 12); the shares are above 0 and at most 1.

                Examples:
                  mon param set intensity_max 0.70 --from 2027-01-01
                  mon param set persons_per_job 2.16
                  mon param set multiplier.tourism 1.4
                """
        )

        @OptionGroup var global: GlobalOptions
        @Argument(help: "The parameter.") var key: String
        @Argument(help: "Its value.") var value: String
        @Option(help: "The first day it holds: today (the default) or later.") var from: String?

        func run() throws {
            try ParameterRepository(global.open()).set(key, value,
                                                        from: try from.map(Day.init(parsing:)) ?? Day.today())
        }
    }
}
