import ArgumentParser
import Foundation
import Portfolio

struct ImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Help.text("help.import.abstract"),
            discussion: Help.text("help.import.discussion")
        )
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOption
    @Argument(help: Help.argument("help.import.kind")) var kind: String
    @Argument(help: Help.argument("help.import.file")) var file: String
    @Flag(help: Help.argument("help.import.dry_run")) var dryRun = false

    func run() throws {
        guard let kind = ImportKind(rawValue: kind) else {
            throw PortfolioError.refused(Message("cli.import_kind_unknown", ["kind": .text(kind), "kinds": .list(ImportKind.allCases.map { .text($0.rawValue) })]))
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: Help.text("help.export.abstract"),
            discussion: Help.text("help.export.discussion")
        )
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: Help.argument("help.export.name")) var name: String
    @OptionGroup var file: OutputFile
    @Flag(help: Help.argument("help.export.excel")) var excel = false
    @Flag(help: Help.argument("help.export.xlsx")) var xlsx = false

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
