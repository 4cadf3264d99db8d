import ArgumentParser
import Portfolio

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The results report for the board: per focus area and goal, the ranking and the fund.",
        discussion: """
            Markdown, or one self-contained HTML page with charts (no network needed; prints \
            on A4). Written in Norwegian, for the board and the municipal council.

            Examples:
              mon report --year 2024 -o rapport-2024.md
              mon report --format html -o rapport.html
              mon report --year 2026 --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, json
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "Grants approved and paid in this year, and everything else as it stood at its end.") var year: Int?
    @Option(help: Help.argument("help.report.format")) var format: Format = .markdown
    @OptionGroup var file: OutputFile

    func run() throws {
        let db = try global.openReadOnly()
        let report = try BoardReport(db, year: year)
        let text: String
        switch format {
        case .markdown: text = MarkdownReport.render(report)
        case .html: text = try HTMLReport.render(report)
        case .json: text = JSONReport.render(report)
        }
        try file.write(text, sparing: db.path)
    }
}
