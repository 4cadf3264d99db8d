import ArgumentParser
import Portfolio

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: Help.text("help.report.abstract"),
        discussion: Help.text("help.report.discussion")
    ) }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: Help.argument("help.report.year")) var year: Int?
    @Option(help: Help.argument("help.report.format")) var format: Format = .markdown
    @OptionGroup var file: OutputFile

    func run() throws {
        let db = try global.openReadOnly()
        let report = try BoardReport(db, year: year)
        try file.write(format == .html ? try HTMLReport.render(report) : MarkdownReport.render(report), sparing: db.path)
    }
}
