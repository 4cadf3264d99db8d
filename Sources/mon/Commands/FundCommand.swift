import ArgumentParser
import Portfolio

struct FundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fund",
        abstract: "The næringsfond: funds, their yearly allocations and where their money stands.",
        subcommands: [Add.self, Allocate.self, AllocationCommand.self, Status.self, List.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add a fund beside Kommunalt næringsfond; prints its id.",
            discussion: """
                Example:
                  mon fund add "Covid-fond" --description "Kompensasjonsmidler 2020–2021"
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Argument(help: "The fund's name.") var name: String
        @Option(help: "What the fund is for.") var description: String?

        func run() throws {
            output.printID(try FundRepository(global.open()).add(name: name, description: description))
        }
    }

    struct Allocate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "allocate",
            abstract: "Record money the municipal council gave a fund for a year; prints its id.",
            discussion: """
                Example:
                  mon fund allocate --year 2024 "3 000 000" --reference "KS-sak 45/23"
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: "The fund (default: Kommunalt næringsfond).") var fund: String?
        @Option(help: "The year the money is for.") var year: Int
        @Argument(help: "The amount in kroner.") var amount: String
        @Option(help: "The council's decision (sak) or other reference.") var reference: String?
        @Flag(help: Help.argument("help.fund.allocate.again")) var again = false

        func run() throws {
            output.printID(try FundRepository(global.open())
                .allocate(fund: fund, year: year, amount: try Money(parsing: amount), reference: reference, again: again))
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Allocated, committed, disbursed, returned and available, per fund.",
            discussion: """
                available + committed + disbursed = allocated, always. With --year, the fund as \
                it stood at the end of that year (allocations up to that year, and every approval, \
                payment, repayment and release up to 31 December); without, everything recorded.

                Examples:
                  mon fund status
                  mon fund status --year 2023 --format json
                """
        )

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption
        @Option(help: "Only this fund.") var fund: String?
        @Option(help: "As it stood at the end of this year.") var year: Int?

        func run() throws {
            let statuses = try FundRepository(global.openReadOnly()).status(fund: fund, year: year)
            output.print(statuses, .fundStatus)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the funds.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try FundRepository(global.openReadOnly()).list(), .fund)
        }
    }
}
