import ArgumentParser
import Portfolio

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database, or bring it up to this mon's schema.",
        discussion: """
            Only `init` (and `demo --db`) creates a database: every other command \
            refuses a path where there is none, so a mistyped --db cannot make an empty one. \
            The file is marked as mon's (PRAGMA application_id 0x4D4F4E31, "MON1"); \
            a SQLite file of another application is refused and left as it was.

            Example:
              mon init --db mon.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let db = try global.create()
        output.print([DatabaseState(path: db.path, migrations: try db.appliedMigrations())], .databaseState)
    }
}
