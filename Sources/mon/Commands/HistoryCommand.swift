import ArgumentParser
import Portfolio

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Every change to the data: when, who, which row, and its values before and after.",
        discussion: """
            Asking for a project shows the changes of its goal, strategy and partner links too.

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
            .entries(table: table, id: id, since: try since.map(Day.init(parsing:)))
        output.print(entries, .historyEntry)
    }
}
