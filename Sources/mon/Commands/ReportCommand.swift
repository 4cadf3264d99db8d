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
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: "Grants approved and paid in this year, and everything else as it stood at its end.") var year: Int?
    @Option(help: "markdown or html.") var format: Format = .markdown
    @OptionGroup var file: OutputFile

    func run() throws {
        let db = try global.openReadOnly()
        let report = try BoardReport(db, year: year)
        try file.write(format == .html ? try HTMLReport.render(report) : MarkdownReport.render(report), sparing: db.path)
    }
}
