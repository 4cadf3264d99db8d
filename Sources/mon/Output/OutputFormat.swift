import ArgumentParser
import Portfolio

/// How a command prints its data: `--format table|json|csv|markdown`.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, json, csv, markdown
}

/// The `--format` option every data-printing command takes.
struct FormatOption: ParsableArguments {
    @Option(help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    /// Prints `table` in the chosen format; `json` replaces the table's own JSON
    /// where a command's JSON shape is nested.
    func print(_ table: Table, json: JSON? = nil) {
        Swift.print(Formatter.render(table, as: format, json: json), terminator: "")
    }
}

extension FormatOption {
    /// Prints the id of something just added: the number alone, or `{"id": N}` in JSON.
    func printID(_ id: Int64) {
        switch format {
        case .json: Swift.print(JSON.object([("id", .integer(id))]).text)
        case .csv: Swift.print(Table(columns: ["id"], rows: [[.integer(id)]]).csv(.standard), terminator: "")
        case .table, .markdown: Swift.print(id)
        }
    }

    /// Prints one record: its fields, then titled sections (its goals, its partners …).
    /// CSV gets the fields as one row; JSON is the command's own nested shape.
    func printRecord(_ fields: [(String, Cell)], sections: [(String, Table)] = [], json: JSON) {
        switch format {
        case .json:
            Swift.print(json.text)
        case .csv:
            Swift.print(Table(columns: fields.map(\.0), rows: [fields.map(\.1)]).csv(.standard), terminator: "")
        case .table, .markdown:
            var out = Formatter.render(Table(columns: ["field", "value"], rows: fields.map { [.text($0.0), $0.1] }), as: format)
            for (title, table) in sections where !table.rows.isEmpty {
                out += "\n" + (format == .markdown ? "### " + Formatter.escapeMarkdown(title) : title + ":") + "\n"
                out += Formatter.render(table, as: format)
            }
            Swift.print(out, terminator: "")
        }
    }
}
