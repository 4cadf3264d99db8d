import Portfolio

/// The board report as Markdown: the same sections as the HTML page, tables
/// instead of charts, every text from the data escaped.
enum MarkdownReport {
    static func render(_ report: BoardReport) -> String {
        headline(report) + results(report) + ranking(report) + money(report)
    }

    private static let e = Formatter.escapeMarkdown

    /// A table as the report writes it: in the report's language, dates as `15.03.2024`.
    private static func markdown(_ table: Table) -> String {
        Formatter.markdown(table, in: ReportWords.language)
    }

    private static func headline(_ report: BoardReport) -> String {
        var out = "# Resultatrapport: \(e(report.plan.name))\n\n"
        out += "\(ReportWords.period(report.year)). Anslag, rangering og fond per \(ReportWords.date(report.asOf)).\n\n"

        out += "## Hovedtall\n\n"
        out += markdown(Table(columns: ["Prosjekter", "Arbeidsplasser", "Befolkningseffekt", "Tilsagn", "Utbetalt"], rows: [[
            .count(report.assessed.projects.count), .text(ReportWords.decimal(report.jobs)),
            .text(ReportWords.decimal(report.populationEffect)),
            .money(report.areas.reduce(report.approvedOutsideProjects) { $0 + $1.approved }),
            .money(report.areas.reduce(report.paidOutsideProjects) { $0 + $1.paid }),
        ]]))
        if let (from, to) = report.projectedDecline, let decline = ReportWords.decline(report) {
            out += "\nSSB: \(ReportWords.integer(from.value)) innbyggere i \(from.year), \(ReportWords.integer(to.value)) i \(to.year) "
                + "(nedgang \(decline.text)). Anslått befolkningseffekt svarer til \(ReportWords.percent(decline.share)) av nedgangen.\n"
        }
        return out
    }

    private static func results(_ report: BoardReport) -> String {
        var out = "\n## Resultater per satsingsområde og mål\n"
        for area in report.areas {
            out += "\n### \(area.number). \(e(area.title))\n\n"
            out += markdown(Table(
                columns: ["Mål", "Prosjekter", "Tilsagn", "Utbetalt", "Arbeidsplasser", "Befolkningseffekt"],
                rows: area.goals.map { goal in
                    [.text("\(goal.code) \(goal.title)"), .text(ReportWords.statuses(goal.projects)), .money(goal.approved),
                     .money(goal.paid), .text(ReportWords.decimal(goal.jobs)), .text(ReportWords.decimal(goal.populationEffect))]
                } + [[.text("Sum"), .text(""), .money(area.approved), .money(area.paid), .text(ReportWords.decimal(area.jobs)),
                      .text(ReportWords.decimal(area.populationEffect))]]))
        }

        out += "\n## Mål uten planlagte eller aktive prosjekter\n\n"
        out += report.uncoveredGoals.isEmpty
            ? "Alle mål har minst ett planlagt eller aktivt prosjekt.\n"
            : report.uncoveredGoals.map { "- \($0.code) \(e($0.text))\n" }.joined()
        return out
    }

    private static func ranking(_ report: BoardReport) -> String {
        var out = "\n## Høyest rangerte prosjekter\n\n"
        out += markdown(Table(columns: ["Rang", "Prosjekt", "Poeng", "Søknad", "Arbeidsplasser", "Befolkningseffekt"],
                                        rows: report.ranking.projects.map { project in
            [.count(project.rank), .text(project.name), .text(ReportWords.decimal(project.score, places: 2)), .money(project.request),
             .text(ReportWords.decimal(project.result.jobsTotal)), .text(ReportWords.decimal(project.result.populationEffect))]
        }))
        for project in report.ranking.projects.prefix(5) {
            out += "\n### \(project.rank). \(e(project.name)): \(ReportWords.decimal(project.score, places: 2)) poeng\n\n"
            out += markdown(Table(columns: ["Kriterium", "Verdi", "Poeng 0–5", "Vekt", "Bidrag"],
                                            rows: project.result.parts.map { part in
                [.text(ReportWords.criterion(part.criterion)), .text(ReportWords.decimal(part.value)),
                 .text(ReportWords.decimal(part.score, places: 2)), .text(ReportWords.decimal(part.weight, places: 0)),
                 .text(ReportWords.decimal(part.points, places: 2))]
            }))
        }
        return out
    }

    private static func money(_ report: BoardReport) -> String {
        var out = "\n## Næringsfondet år for år\n\n"
        out += markdown(Table(columns: ["Fond", "År", "Tildelt", "Bundet", "Utbetalt", "Tilbakeført", "Tilgjengelig"],
                                        rows: report.fundByYear.map { status in
            [.text(status.fund), status.year.map { .count($0) } ?? .null, .money(status.allocated), .money(status.committed),
             .money(status.disbursed), .money(status.returned), .money(status.available)]
        }))

        out += "\n## Tilsagn gitt\n\n"
        out += markdown(Table(columns: ["Mottaker", "Formål", "Beløp", "Dato"], rows: report.grantsApproved.map { grant in
            [.text(grant.applicant), .optional(grant.purpose), .optional(grant.amountApproved), .optional(grant.approvedOn)]
        }))
        out += "\n" + ReportWords.historyHead(report.historyHead) + "\n"
        return out
    }
}
