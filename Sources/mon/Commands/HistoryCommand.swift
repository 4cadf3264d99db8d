import ArgumentParser
import Portfolio

struct HistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "history",
        abstract: Help.text("help.history.abstract"),
        subcommands: [HistoryList.self, HistoryVerify.self],
        defaultSubcommand: HistoryList.self
    ) }
}

struct HistoryList: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "list",
        abstract: Help.text("help.history.abstract"),
        discussion: Help.text("help.history.list.discussion")
    ) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: Help.argument("help.history.list.table")) var table: String?
    @Option(help: Help.argument("help.history.list.id")) var id: Int64?
    @Option(help: Help.argument("help.history.list.since")) var since: String?

    func run() throws {
        let entries = try HistoryRepository(global.openReadOnly())
            .entries(table: table, id: id, since: try since.map(Day.init(parsing:)),
                     // Reading acts for no one: here the global --actor names whose changes to show.
                     actor: global.actor.flatMap { $0.isEmpty ? nil : $0 })
        output.print(entries, .historyEntry)
    }
}

struct HistoryVerify: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "verify",
        abstract: Help.text("help.history.verify.abstract"),
        discussion: Help.text("help.history.verify.discussion")
    ) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let result = try HistoryRepository(global.openReadOnly()).verify()
        output.print(one: result, .historyVerification)
        if let broken = result.firstBreak { Mon.fail(broken.problem.description) }
    }
}
