import ArgumentParser
import Portfolio

struct DeMinimisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deminimis",
        abstract: "De minimis aid (bagatellmessig støtte) of a partner and its group: aid, ceiling, headroom in EUR.",
        subcommands: [Position.self, Declare.self],
        defaultSubcommand: Position.self
    )

    struct Position: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "position",
            abstract: "The aid the partner's undertaking has had in the window, against the ceiling.",
            discussion: """
                Before 2024 the window is the fiscal year and the two before it, the ceiling \
                EUR 200 000; from 2024 any three rolling years, EUR 300 000 (both dated \
                parameters: `mon param show`). Aid from other givers that the partner declared counts too.

                Examples:
                  mon deminimis 923609016
                  mon deminimis "Helgeland Industri AS" --at 2023-12-15 --format json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "The partner: its id, organisation number or name.") var partner: String
        @Option(help: "The day to count for (default: today).") var at: String?

        func run() throws {
            let day = try at.map(Day.init(parsing:)) ?? Day.today()
            let position = try DeMinimisRepository(global.openReadOnly()).position(partner: partner, on: day)
            output.printRecord(position, .deMinimis)
        }
    }

    struct Declare: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "declare",
            abstract: "Record de minimis aid the partner had from another giver; prints its id.",
            discussion: """
                Example:
                  mon deminimis declare 923609016 "500 000" --date 2023-05-02 --giver "Innovasjon Norge" --eur-rate 11.6
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "The partner: its id, organisation number or name.") var partner: String
        @Argument(help: "The aid in kroner.") var amount: String
        @Option(help: "The day the aid was granted.") var date: String
        @Option(help: "Who gave it.") var giver: String
        @Option(help: Help.argument("help.rate.declare_eur_rate")) var eurRate: String?

        func run() throws {
            let db = try global.open()
            let day = try Day(parsing: date)
            let rate = try eurRate.map { try ParameterRepository(db).checked(try EuroRate(parsing: $0), on: day) }
            output.printID(try DeMinimisRepository(db).declare(
                partner: partner, amount: try Money(parsing: amount), grantedOn: day, giver: giver, eurRate: rate))
        }
    }
}
