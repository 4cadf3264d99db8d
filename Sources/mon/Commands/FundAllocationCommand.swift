import ArgumentParser
import Portfolio

extension FundCommand {
    /// `mon fund allocation list|annul`: the allocations, and the way back from one made in error.
    struct AllocationCommand: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "allocation", abstract: Help.text("help.fund.allocation.abstract"),
                                 subcommands: [List.self, Annul.self])
        }

        struct List: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "list", abstract: Help.text("help.fund.allocation.list.abstract"),
                                     discussion: Help.text("help.fund.allocation.list.discussion"))
            }

            @OptionGroup var global: GlobalOptions
            @OptionGroup var output: FormatOption
            @Option(help: Help.argument("help.fund.allocation.list.fund")) var fund: String?
            @Option(help: Help.argument("help.fund.allocation.list.year")) var year: Int?

            func run() throws {
                output.print(try FundRepository(global.openReadOnly()).allocations(fund: fund, year: year), .allocation)
            }
        }

        struct Annul: ParsableCommand {
            static var configuration: CommandConfiguration {
                CommandConfiguration(commandName: "annul", abstract: Help.text("help.fund.allocation.annul.abstract"),
                                     discussion: Help.text("help.fund.allocation.annul.discussion"))
            }

            @OptionGroup var global: GlobalOptions
            @Argument(help: Help.argument("help.fund.allocation.annul.id")) var id: Int64
            @Option(help: Help.argument("help.correction.reason")) var reason: String

            func run() throws {
                try FundRepository(global.open()).annulAllocation(id, reason: reason)
            }
        }
    }
}
