import ArgumentParser
import Portfolio

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Write a consistent copy of the database to a new file, while others may write.",
        discussion: """
            The copy is written to a temporary file beside FILE and appears under its \
            name only when whole: a full disk or a kill leaves no half backup.

            Example:
              mon backup mon-2024-12-31.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The new file; an existing file, the database or its -wal or -shm is never overwritten.")
    var file: String

    func run() throws {
        let db = try global.open()
        try db.backup(to: file)
        print(Message("cli.backed_up", ["database": .text(db.path), "file": .text(file)]))
    }
}
