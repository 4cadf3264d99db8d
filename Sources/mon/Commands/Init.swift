import ArgumentParser
import Portfolio

struct Init: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "init",
            abstract: Help.text("help.init.abstract"),
            discussion: Help.text("help.init.discussion")
        )
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let db = try global.create()
        output.print([DatabaseState(path: db.path, migrations: try db.appliedMigrations())], .databaseState)
    }
}
