import Portfolio

/// The board report's "Anslått mot oppnådd": per goal the estimated and realised direct jobs and
/// the ratio of the sums, then every project with a result. One set of tables for all three forms.
///
///     MarkdownReport: … + ResultsSection.markdown(report) + …
///     JSONReport: ("estimated_against_achieved", ResultsSection.json(report))
enum ResultsSection {
    static func markdown(_ report: BoardReport) -> String {
        var out = "\n## " + ReportWords.text("report.results.title") + "\n\n"
        guard !report.results.projects.isEmpty else { return out + ReportWords.text("report.results.none") + "\n" }
        out += Formatter.escapeMarkdown(ReportWords.text("report.results.note")) + "\n\n"
        out += Formatter.markdown(goals(report), in: ReportWords.language)
        out += "\n### " + ReportWords.text("report.results.projects") + "\n\n"
        return out + Formatter.markdown(projects(report), in: ReportWords.language)
    }

    static func json(_ report: BoardReport) -> JSON {
        .object([("goals", Layout<ResultSum>.goalSum.json(report.results.byGoal)),
                 ("projects", Layout<ResultComparison>.reportedResult.json(report.results.projects))])
    }

    /// The section for the page's template: `{{#results}}` with its title, note and tables.
    static func html(_ report: BoardReport) -> [String: Any] {
        [
            "title": ReportWords.text("report.results.title"), "note": ReportWords.text("report.results.note"),
            "empty": report.results.projects.isEmpty, "none": ReportWords.text("report.results.none"),
            "tables": report.results.projects.isEmpty ? [] : [htmlTable(goals(report), title: ""),
                                                              htmlTable(projects(report), title: ReportWords.text("report.results.projects"))],
        ]
    }

    /// Per goal, and the whole as its last line.
    private static func goals(_ report: BoardReport) -> Table {
        var table = Layout<ResultSum>.reportedSum.table(report.results.byGoal)
        table.rows += Layout<ResultSum>.reportedSum.table([report.results.total]).rows.map { [.text("Sum")] + $0.dropFirst() }
        return table
    }

    private static func projects(_ report: BoardReport) -> Table {
        Layout<ResultComparison>.reportedResult.table(report.results.projects)
    }

    /// A table as the template writes it: each cell shown the board's way, with the value a program checks.
    private static func htmlTable(_ table: Table, title: String) -> [String: Any] {
        [
            "title": title, "hasTitle": !title.isEmpty,
            "headers": table.headers.map { $0.text(in: ReportWords.language) },
            "rows": table.rows.map { row -> [String: Any] in
                ["cells": zip(table.columns, row).map { key, cell -> [String: Any] in
                    ["key": key, "display": cell.display(in: ReportWords.language), "value": cell.plain, "numeric": cell.isNumeric]
                }]
            },
        ]
    }
}

extension Layout where Value == ResultSum {
    /// A goal's line in the report: projects, direct jobs estimated and realised, and their ratio.
    static var reportedSum: Layout {
        Layout([
            Column("goal") { $0.key.map(Cell.text) ?? .null }, Column("projects") { .count($0.projects) },
            Column("direct_jobs_estimated", header: "result_direct_jobs_estimated") { .figure($0.estimated.direct, places: 1) },
            Column("direct_jobs_real", header: "result_direct_jobs_real") { .figure($0.realised.direct, places: 1) },
            Layout<ResultComparison>.ratio { $0.ratio },
        ])
    }
}

extension Layout where Value == ResultComparison {
    /// A project's line in the report: what it was estimated to give and what it gave.
    static var reportedResult: Layout {
        Layout([
            Column("name", header: "project") { .text($0.name) }, Column("goal") { .optional($0.goal) },
            Column("sector") { .choice($0.sector) },
            Column("estimate_basis", header: "result_estimate_basis") { .choice($0.basis) },
            Column("direct_jobs_estimated", header: "result_direct_jobs_estimated") { .figure($0.estimated.direct, places: 1) },
            Column("direct_jobs_real", header: "result_direct_jobs_real") { .figure($0.realised.direct, places: 1) },
            ratio { $0.ratio }, Column("completed", header: "result_completed") { .bool($0.completed) },
        ])
    }
}
