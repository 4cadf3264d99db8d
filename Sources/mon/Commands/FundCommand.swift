import ArgumentParser
import Portfolio

struct FundCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "fund",
            abstract: Help.text("help.fund.abstract"),
            subcommands: [Add.self, Allocate.self, AllocationCommand.self, Status.self, List.self,
                          FundAnnualCommand.self, FundParamCommand.self]
        )
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add",
                abstract: Help.text("help.fund.add.abstract"),
                discussion: Help.text("help.fund.add.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: Help.argument("help.fund.add.name")) var name: String
        @Option(help: Help.argument("help.fund.add.description")) var description: String?

        func run() throws {
            output.printID(try FundRepository(global.open()).add(name: name, description: description))
        }
    }

    struct Allocate: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "allocate",
                abstract: Help.text("help.fund.allocate.abstract"),
                discussion: Help.text("help.fund.allocate.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.fund.allocate.fund")) var fund: String?
        @Option(help: Help.argument("help.fund.allocate.year")) var year: Int
        @Argument(help: Help.argument("help.fund.allocate.amount")) var amount: String
        @Option(help: Help.argument("help.fund.allocate.reference")) var reference: String?
        @Flag(help: Help.argument("help.fund.allocate.again")) var again = false

        func run() throws {
            output.printID(try FundRepository(global.open())
                .allocate(fund: fund, year: year, amount: try Money(parsing: amount), reference: reference, again: again))
        }
    }

    struct Status: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "status",
                abstract: Help.text("help.fund.status.abstract"),
                discussion: Help.text("help.fund.status.discussion")
            )
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: Help.argument("help.fund.status.fund")) var fund: String?
        @Option(help: Help.argument("help.fund.status.year")) var year: Int?

        func run() throws {
            let statuses = try FundRepository(global.openReadOnly()).status(fund: fund, year: year)
            output.print(statuses, .fundStatus)
        }
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.fund.list.abstract"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try FundRepository(global.openReadOnly()).list(), .fund)
        }
    }
}
