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
        let migrations = try db.appliedMigrations()
        output.print(Table(columns: ["database", "migrations", "schema"], rows: [[
            .text(db.path), .count(migrations.count), .optional(migrations.last),
        ]]))
    }
}
