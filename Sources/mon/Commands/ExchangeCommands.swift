import ArgumentParser
import Foundation
import Portfolio

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import projects or partners from a CSV file, all or nothing.",
        discussion: """
            The file is UTF-8 with a header row, separated by , or ; (as Norwegian Excel \
            saves it). One bad row and nothing is imported; the error names its line and \
            column. The columns are in the README; `mon export projects` writes a file this reads.

            Examples:
              mon import partners partnere.csv --dry-run
              mon import projects prosjekter.csv
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: "What the file holds: projects or partners.") var kind: String
    @Argument(help: "The CSV file.") var file: String
    @Flag(help: "Check every row by every rule, then write nothing.") var dryRun = false

    func run() throws {
        guard let kind = ImportKind(rawValue: kind) else {
            throw PortfolioError.refused(Message("cli.import_kind_unknown", ["kind": .text(kind), "kinds": .text(ImportKind.allCases.map(\.rawValue).joined(separator: " or "))]))
        }
        let summary = try global.open().importCSV(kind, from: file, dryRun: dryRun)
        switch output.format {
        case .json, .csv:
            output.print(one: summary, .importSummary)
        case .table, .markdown:
            // For a person, a sentence says it better than a table of one row.
            let key = (summary.dryRun ? "cli.import_checked." : "cli.imported.") + summary.kind.rawValue
            print(Message(Message.Key(rawValue: key), ["rows": .text("\(summary.rows)")]))
        }
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export projects, partners, or any table or view as CSV or an Excel workbook.",
        discussion: """
            `projects` and `partners` are written in the shape `mon import` reads back; any \
            other name is a table or view of docs/schema.md, written as it is. Text that a \
            spreadsheet would run as a formula (=, +, -, @) is written with a leading '; \
            with --excel, so is text it would read as a number or a date (goal 1.1, an \
            organisation number), so that it stays text.

            --xlsx writes a workbook with typed cells: amounts as numbers in kroner, dates \
            as dates, codes as text, headers in the reader's language (bokmål under a \
            Norwegian locale), and in grants the applicant's name beside its id. It needs -o.

            Examples:
              mon export projects -o prosjekter.csv
              mon export grant --excel -o tilsagn.csv --force
              mon export grants --xlsx -o tilsagn.xlsx
            """
    )

    @OptionGroup var global: GlobalOptions
    @Argument(help: "projects, partners, or a table or view.") var name: String
    @OptionGroup var file: OutputFile
    @Flag(help: "For Norwegian Excel: ; separators, UTF-8 with a byte-order mark, decimal commas.") var excel = false
    @Flag(help: "An Excel workbook (.xlsx) with typed cells, written to the -o file.") var xlsx = false

    /// A workbook is binary: it goes to a file, never to a terminal.
    func validate() throws {
        guard xlsx else { return }
        if excel { throw ValidationError(Message("export.xlsx_or_excel").description) }
        if file.output == nil { throw ValidationError(Message("export.xlsx_needs_output").description) }
    }

    func run() throws {
        if xlsx {
            return try file.write(try global.openReadOnly().exportWorkbook(name, language: .current).bytes(),
                                  sparing: global.databasePath(), withoutFile: Message("export.xlsx_needs_output"))
        }
        let db = try global.openReadOnly()
        try file.write(try db.export(name).csv(excel ? .excel : .standard), sparing: db.path)
    }
}
