import ArgumentParser
import Portfolio

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database to a new file, while others may write.",
        discussion: """
            Example:
              mon backup mon-2024-12-31.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The new file; an existing file is never overwritten.")
    var file: String

    func run() throws {
        let db = try global.open()
        try db.backup(to: file)
        print("backed up \(db.path) to \(file)")
    }
}
