import ArgumentParser
import Portfolio

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: Help.text("help.report.abstract"),
        discussion: Help.text("help.report.discussion")
    ) }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, json
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: Help.argument("help.report.year")) var year: Int?
    @Option(help: Help.argument("help.report.plan")) var plan: Int64?
    @Option(help: Help.argument("help.report.format")) var format: Format = .markdown
    @OptionGroup var file: OutputFile

    func run() throws {
        let db = try global.openReadOnly()
        let report = try BoardReport(db, year: year, planID: plan)
        let text: String
        switch format {
        case .markdown: text = MarkdownReport.render(report)
        case .html: text = try HTMLReport.render(report)
        case .json: text = JSONReport.render(report)
        }
        try file.write(text, sparing: db.path)
    }
}
