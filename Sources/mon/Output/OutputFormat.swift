import ArgumentParser

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
    func print(_ table: Table, json: JSON? = nil) throws {
        Swift.print(try Formatter.render(table, as: format, json: json), terminator: "")
    }
}
