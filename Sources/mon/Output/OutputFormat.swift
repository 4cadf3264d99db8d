import ArgumentParser
import Portfolio

/// The `--format` option every data-printing command takes. Every way of
/// printing takes a `Layout`, from which all four formats are made.
struct FormatOption: ParsableArguments {
    @Option(help: Help.argument("help.output.format"))
    var format: OutputFormat = .table

    /// The reader's language, read once here at the edge and passed to everything that writes for a person.
    var language: Language { .current }

    /// A table or Markdown is read by a person; CSV and JSON by programs.
    var forPerson: Bool { format == .table || format == .markdown }

    /// Prints a list: a row each, a JSON array of objects.
    ///
    ///     output.print(statuses, .fundStatus)
    func print<Value>(_ values: [Value], _ layout: Layout<Value>) {
        emit(layout.table(values, forPerson: forPerson), json: layout.json(values))
    }

    /// Prints one value as a table of one row; in JSON, one object.
    func print<Value>(one value: Value, _ layout: Layout<Value>) {
        emit(layout.table([value], forPerson: forPerson), json: layout.json(value))
    }

    /// Prints a value whose JSON is a tree (the plan, the model) and whose table
    /// is `rows` laid out by `rowLayout`.
    func print<Value, Row>(_ value: Value, _ layout: Layout<Value>, rows: [Row], _ rowLayout: Layout<Row>) {
        emit(rowLayout.table(rows, forPerson: forPerson), json: layout.json(value))
    }

    /// Prints a table that has no layout of its own (`mon sql`): its columns are its keys.
    func print(_ table: Table) {
        emit(table, json: table.json)
    }

    /// Prints one record: for a person its fields, one a line, then its parts as
    /// titled tables; CSV gets the fields as one row; JSON, the object with its parts.
    func printRecord<Value>(_ value: Value, _ layout: Layout<Value>) {
        let table = layout.table([value])
        switch format {
        case .json, .csv:
            emit(table, json: layout.json(value))
        case .table, .markdown:
            let fields = Table(columns: ["field", "value"], headers: [Message("header.field"), Message("header.value")],
                               rows: zip(table.headers, table.rows[0]).map { [.text($0.text(in: language)), $1] })
            var out = Formatter.render(fields, as: format, in: language)
            for (title, section) in layout.sections(value) where !section.rows.isEmpty {
                let title = title.text(in: language)
                out += "\n" + (format == .markdown ? "### " + Formatter.escapeMarkdown(title) : title.visibleInTerminal + ":") + "\n"
                out += Formatter.render(section, as: format, in: language)
            }
            Swift.print(out, terminator: "")
        }
    }

    /// Prints the id of something just added: the number alone, or `{"id": N}` in JSON.
    func printID(_ id: Int64) {
        switch format {
        case .table, .markdown: Swift.print(id)
        case .json, .csv: print(one: id, .newID)
        }
    }

    /// Only the one the format asks for is made: a list's JSON costs as much as its table.
    private func emit(_ table: @autoclosure () -> Table, json: @autoclosure () -> JSON) {
        Swift.print(format == .json ? json().text + "\n" : Formatter.render(table(), as: format, in: language), terminator: "")
    }
}
