import ArgumentParser
import Portfolio

/// `mon decider`: the list of who may be named with `--decided-by`.
struct DeciderCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "decider", abstract: Help.text("help.decider.abstract"),
                             discussion: Help.text("help.decider.discussion"),
                             subcommands: [List.self, Add.self], defaultSubcommand: List.self)
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.decider.list.abstract"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try DeciderRepository(global.openReadOnly()).list(), .decider)
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: Help.text("help.decider.add.abstract"),
                                 discussion: Help.text("help.decider.add.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.decider.add.name")) var name: String

        func run() throws {
            try DeciderRepository(global.open()).add(name)
        }
    }
}
