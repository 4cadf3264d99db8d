import ArgumentParser
import Portfolio

struct BackupCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "backup",
            abstract: Help.text("help.backup.abstract"),
            discussion: Help.text("help.backup.discussion")
        )
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: Help.argument("help.backup.file"))
    var file: String

    func run() throws {
        let db = try global.open()
        try db.backup(to: file)
        print(Message("cli.backed_up", ["database": .text(db.path), "file": .text(file)]))
    }
}
