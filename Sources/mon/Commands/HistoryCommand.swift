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
        let fields: [(String, Cell)] = [
            ("rows", .integer(result.rows)), ("unsealed", .integer(result.unsealed)),
            ("head_row", result.head.map { .integer($0.rows) } ?? .null), ("head_hash", .text(result.head?.hash ?? "")),
            ("intact", .bool(result.firstBreak == nil)),
            ("first_broken_row", result.firstBreak.map { .integer($0.id) } ?? .null),
        ]
        output.printRecord(fields, json: .object([
            ("rows", .integer(result.rows)), ("unsealed", .integer(result.unsealed)),
            ("head", result.head.map { .object([("rows", .integer($0.rows)), ("hash", .string($0.hash))]) } ?? .null),
            ("intact", .bool(result.firstBreak == nil)),
            ("first_broken_row", result.firstBreak.map { .integer($0.id) } ?? .null),
        ]))
        if let broken = result.firstBreak { Mon.fail(broken.problem) }
    }
}
