import ArgumentParser
import Portfolio

/// `mon category`: the reporting categories a grant is approved under (`grant approve --category`).
struct CategoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "category", abstract: Help.text("help.category.abstract"),
                             discussion: Help.text("help.category.discussion"),
                             subcommands: [List.self, Add.self], defaultSubcommand: List.self)
    }

    struct List: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "list", abstract: Help.text("help.category.list.abstract"))
        }

        @OptionGroup var global: GlobalOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            output.print(try CategoryRepository(global.openReadOnly()).list(), .reportingCategory)
        }
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "add", abstract: Help.text("help.category.add.abstract"),
                                 discussion: Help.text("help.category.add.discussion"))
        }

        @OptionGroup var global: GlobalOptions
        @Argument(help: Help.argument("help.category.add.code")) var code: String
        @Option(help: Help.argument("help.category.add.name")) var name: String
        @Option(help: Help.argument("help.category.add.name_en")) var nameEn: String?

        func run() throws {
            try CategoryRepository(global.open()).add(code: code, name: name, nameEnglish: nameEn)
        }
    }
}
