import ArgumentParser
import Portfolio

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or bring it up to this mon's schema.",
        discussion: """
            Every command does this on first use; `init` does only this.

            Example:
              mon init --db mon.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let db = try global.open()
        output.print([DatabaseState(path: db.path, migrations: try db.appliedMigrations())], .databaseState)
    }
}
