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
        let table = Table(columns: ["id", "at", "actor", "table", "row_id", "action", "changes"], rows: entries.map { entry in
            [.integer(entry.id), .text(entry.at), .text(entry.actor), .text(entry.table), .integer(entry.rowID),
             .text(entry.action), .text(entry.changes.map(Self.describe).joined(separator: "; "))]
        })
        output.print(table, json: .array(entries.map { entry in
            .object([
                ("id", .integer(entry.id)), ("at", .string(entry.at)), ("actor", .string(entry.actor)),
                ("table", .string(entry.table)), ("row_id", .integer(entry.rowID)), ("action", .string(entry.action)),
                ("old_values", entry.oldValues.map(JSON.number) ?? .null),
                ("new_values", entry.newValues.map(JSON.number) ?? .null),
            ])
        }))
    }

    static func describe(_ change: HistoryEntry.FieldChange) -> String {
        switch (change.old, change.new) {
        case (nil, let new?): return "\(change.field)=\(new)"
        case (let old?, nil): return "\(change.field): \(old) → ∅"
        default: return "\(change.field): \(change.old ?? "") → \(change.new ?? "")"
        }
    }
}
