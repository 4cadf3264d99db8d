import Portfolio

/// The board report as Markdown: the same sections as the HTML page, tables
/// instead of charts, every text from the data escaped.
public enum MarkdownReport {
    public static func render(_ report: BoardReport) -> String {
        headline(report) + results(report) + IndicatorSection.markdown(report) + ResultsSection.markdown(report) + ranking(report) + RoundReportSection.markdown(report.rounds, table: markdown) + money(report)
    }

    private static let e = Formatter.escapeMarkdown

    /// A table as the report writes it: in the report's language, dates as `15.03.2024`.
    private static func markdown(_ table: Table) -> String {
        Formatter.markdown(table, in: ReportWords.language)
    }

    private static func headline(_ report: BoardReport) -> String {
        var out = "# Resultatrapport: \(e(report.plan.name))\n\n"
        out += "\(ReportWords.period(report.year)). Anslag, rangering og fond per \(ReportWords.date(report.asOf)).\n\n"
        out += e(ReportWords.planPeriod(report)) + "\n\n"

        out += "## Hovedtall\n\n"
        out += markdown(Table(columns: ["report.column.projects", "report.column.jobs", "report.column.population", "report.column.granted",
                                        "report.column.in_force", "report.column.paid", "report.column.allocated"].map(w), rows: [[
            .count(report.projectCount), .rounded(report.jobs, places: 1), .rounded(report.populationEffect, places: 1),
            .money(report.totals.granted), .money(report.totals.inForce), .money(report.totals.paid), .money(report.allocated),
        ]]))
        out += "\n" + e(ReportWords.moneyNote(report)) + "\n\n" + e(ReportWords.text("report.expected_note")) + "\n"
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
            let goals: [[Cell]] = area.goals.map { goal in
                [.text("\(goal.code) \(goal.title)"), .text(ReportWords.statuses(goal.projects))] + figures(goal.figures, goal.jobs, goal.populationEffect)
            }
            let sum: [Cell] = [.text("Sum"), .count(area.projectCount)] + figures(area.figures, area.jobs, area.populationEffect)
            out += markdown(Table(columns: goalColumns, rows: goals + [sum]))
        }
        if let outside = ReportWords.outsideGoals(report) { out += "\n" + e(outside) + "\n" }

        out += "\n## Mål uten planlagte eller aktive prosjekter\n\n"
        out += report.uncoveredGoals.isEmpty
            ? "Alle mål har minst ett planlagt eller aktivt prosjekt.\n"
            : report.uncoveredGoals.map { "- \($0.code) \(e($0.text))\n" }.joined()
        return out
    }

    private static func ranking(_ report: BoardReport) -> String {
        var out = "\n## Høyest rangerte prosjekter\n\n"
        guard report.ranking != nil else { return out + e(ReportWords.noRanking(report) ?? "") + "\n" }
        let ranked = ReportLists.ranking(report)
        if let note = ReportLists.rankingNote(report) { out += e(note) + "\n\n" }
        out += markdown(Table(columns: ["Rang", "Prosjekt", "Poeng", "Søknad", "Arbeidsplasser", "Befolkningseffekt"],
                                        rows: ranked.map { project in
            [.count(project.rank), .text(project.name), .text(ReportWords.decimal(project.score, places: 2)), .money(project.request),
             .text(ReportWords.decimal(project.result.jobsTotal)), .text(ReportWords.decimal(project.result.populationEffect))]
        }))
        for project in ranked.prefix(5) {
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

    private static let goalColumns = ["report.column.goal", "report.column.projects", "report.column.granted", "report.column.in_force",
                                      "report.column.paid", "report.column.jobs", "report.column.population"].map(w)

    /// A goal's or an area's money and expected estimates, as cells.
    private static func figures(_ money: GrantFigures, _ jobs: Double, _ population: Double) -> [Cell] {
        [.money(money.granted), .money(money.inForce), .money(money.paid), .rounded(jobs, places: 1), .rounded(population, places: 1)]
    }

    private static func w(_ key: String) -> String { ReportWords.text(key) }

    private static func money(_ report: BoardReport) -> String {
        var out = "\n## Næringsfondet år for år\n\n" + e(ReportWords.text("report.fund_note")) + "\n\n"
        out += markdown(Table(columns: ["report.column.year", "report.column.flow.allocated", "report.column.flow.granted",
                                        "report.column.flow.paid", "report.column.flow.repaid", "report.column.flow.released",
                                        "report.column.position.available_end"].map(w), rows: report.fundYears.map { year in
            [.count(year.year), .money(year.allocated), .money(year.granted), .money(year.paid), .money(year.repaid),
             .money(year.released), .money(year.availableEnd)]
        }))

        out += "\n## Tilsagn gitt\n\n"
        if let note = ReportLists.grantsNote(report) { out += e(note) + "\n\n" }
        out += markdown(Table(columns: ["report.column.recipient", "report.column.purpose", "report.column.granted", "report.column.paid",
                                        "report.column.status", "report.column.date", "report.column.decision",
                                        "report.column.recused"].map(w), rows: report.grants.map { grant in
            [.text(grant.applicant), .optional(grant.purpose), .optional(grant.amountApproved), .money(grant.paid),
             .text(ReportWords.status(grant)), .optional(grant.approvedOn), .text(ReportWords.decision(report.approvals[grant.id])),
             .text(ReportWords.recused(report.approvals[grant.id]))]
        } + [[.text(ReportLists.grantsTotal(report)), .null, .money(report.allGrants.granted), .money(report.allGrants.paid),
              .null, .null, .null, .null]]))
        out += "\n" + ReportWords.historyHead(report.historyHead) + "\n"
        return out
    }
}
