import ArgumentParser
import Portfolio

struct DeMinimisCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "deminimis",
        abstract: Help.text("help.deminimis.abstract"),
        subcommands: [Position.self, Declare.self],
        defaultSubcommand: Position.self
    ) }

    struct Position: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "position",
            abstract: Help.text("help.deminimis.position.abstract"),
            discussion: Help.text("help.deminimis.position.discussion")
        ) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.deminimis.partner")) var partner: String
        @Option(help: Help.argument("help.deminimis.position.at")) var at: String?

        func run() throws {
            let day = try at.map(Day.init(parsing:)) ?? Day.today()
            let position = try DeMinimisRepository(global.openReadOnly()).position(partner: partner, on: day)
            output.printRecord(position, .deMinimis)
        }
    }

    struct Declare: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "declare",
            abstract: Help.text("help.deminimis.declare.abstract"),
            discussion: Help.text("help.deminimis.declare.discussion")
        ) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.deminimis.partner")) var partner: String
        @Argument(help: Help.argument("help.deminimis.declare.amount")) var amount: String
        @Option(help: Help.argument("help.deminimis.declare.date")) var date: String
        @Option(help: Help.argument("help.deminimis.declare.giver")) var giver: String
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
