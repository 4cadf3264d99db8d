import ArgumentParser
import Portfolio

struct RoundCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "round",
        abstract: Help.text("help.round.abstract"),
        discussion: Help.text("help.round.discussion"),
        subcommands: [Add.self, List.self, Show.self, Rank.self, Select.self, Decide.self]
    ) }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "add", abstract: Help.text("help.round.add.abstract"), discussion: Help.text("help.round.add.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.round.add.name")) var name: String
        @Option(help: Help.argument("help.round.add.deadline")) var deadline: String
        @Option(help: Help.argument("help.round.add.budget")) var budget: String
        @Option(help: Help.argument("help.round.add.fund")) var fund: String?

        func run() throws {
            output.printID(try RoundRepository(global.open()).add(name: name, deadline: try Day(parsing: deadline),
                                                                  budget: try Money(parsing: budget), fund: fund))
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "list", abstract: Help.text("help.round.list.abstract"), discussion: Help.text("help.round.list.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try RoundRepository(global.openReadOnly()).list(), .round)
        }
    }

    struct Show: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "show", abstract: Help.text("help.round.show.abstract"), discussion: Help.text("help.round.show.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.round.ref")) var round: String

        func run() throws {
            output.printRecord(try RoundRepository(global.openReadOnly()).record(round), .roundRecord)
        }
    }

    struct Rank: ParsableCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "rank", abstract: Help.text("help.round.rank.abstract"), discussion: Help.text("help.round.rank.discussion")) }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.round.ref")) var round: String
        @Flag(help: Help.argument("help.round.rank.explain")) var explain = false
        @Option(help: Help.argument("help.round.rank.as_of")) var asOf: String?

        func run() throws {
            let ranking = try RoundRepository(global.openReadOnly()).ranking(round, asOf: try asOf.map(Day.init(parsing:)) ?? Day.today())
            // The JSON and CSV of every ranking carry the breakdown; --explain adds the tables a person reads.
            guard explain, output.format == .table || output.format == .markdown else {
                output.print(ranking.applications, .rankedApplication)
                return
            }
            output.printRecord(ranking, .explainedRound)
        }
    }
}
