import ArgumentParser
import Portfolio

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every change to the data: when, who, which row, and its values before and after.",
        subcommands: [HistoryList.self, HistoryVerify.self],
        defaultSubcommand: HistoryList.self
    )
}

struct HistoryList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Every change to the data: when, who, which row, and its values before and after.",
        discussion: """
            Asking for a project shows the changes of its goal, strategy and partner links too.
            `list` is the default: `mon history` is `mon history list`.

            Examples:
              mon history --table project --id 7
              mon history --since 2024-01-01 --format json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Option(help: "Only changes of this table (see docs/schema.md).") var table: String?
    @Option(help: "Only changes of this row (with --table).") var id: Int64?
    @Option(help: "Only changes from this day on.") var since: String?

    func run() throws {
        let entries = try HistoryRepository(global.openReadOnly())
            .entries(table: table, id: id, since: try since.map(Day.init(parsing:)),
                     // Reading acts for no one: here the global --actor names whose changes to show.
                     actor: global.actor.flatMap { $0.isEmpty ? nil : $0 })
        output.print(entries, .historyEntry)
    }
}

struct HistoryVerify: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every history row against its seal: name the first whose content or order no longer matches.",
        discussion: """
            Each history row carries a SHA-256 over the row before it and its own content \
            (docs/schema.md). Exits 1, naming the row, when a row was changed, removed, \
            inserted by hand or moved. Rows written by another SQLite client are sealed at \
            mon's next write; until then they are counted as unsealed. The head is the last \
            sealed row and its hash's first 16 hex digits, as the board report prints it.

            Example:
              mon history verify --format json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption

    func run() throws {
        let result = try HistoryRepository(global.openReadOnly()).verify()
        output.print(one: result, .historyVerification)
        if let broken = result.firstBreak { Mon.fail(broken.problem.description) }
    }
}
