import Mustache
import Portfolio

/// The board report as one self-contained HTML page with inline SVG charts.
public enum HTMLReport {
    public static func render(_ report: BoardReport) throws -> String {
        let template = try MustacheTemplate(string: ReportTemplate.html)
        return template.render(context(report))
    }

    /// A figure as the page shows it, and the exact value a program can check it against.
    static func figure(_ money: Money) -> [String: String] { ["display": money.description, "value": money.kronerJSON] }
    static func figure(_ value: Double, places: Int = 1) -> [String: String] {
        ["display": ReportWords.decimal(value, places: places), "value": JSON.double(value).text]
    }

    static func context(_ report: BoardReport) -> [String: Any] {
        let ranked = Array(ReportLists.ranking(report))
        var context: [String: Any] = [
            "planName": report.plan.name,
            "period": ReportWords.period(report.year),
            "asOf": ReportWords.date(report.asOf), "planPeriod": ReportWords.planPeriod(report),
            "projectCount": "\(report.projectCount)",
            "jobs": figure(report.jobs),
            "population": figure(report.populationEffect),
            "granted": figure(report.totals.granted), "inForce": figure(report.totals.inForce),
            "paid": figure(report.totals.paid), "allocated": figure(report.allocated),
            "moneyNote": ReportWords.moneyNote(report), "expectedNote": ReportWords.text("report.expected_note"),
            "fundNote": ReportWords.text("report.fund_note"), "words": words,
            "areas": report.areas.map(area),
            "hasUncovered": !report.uncoveredGoals.isEmpty,
            "uncovered": report.uncoveredGoals.map { ["code": $0.code, "text": $0.text] },
            "modelVersion": report.ranking.map { "\($0.model.version)" } ?? "",
            "ranking": ranked.map(rankRow),
            "top": ranked.prefix(5).map(explained),
            "fund": report.fundYears.map { year -> [String: Any] in
                ["year": "\(year.year)", "allocated": figure(year.allocated), "granted": figure(year.granted), "paid": figure(year.paid),
                 "repaid": figure(year.repaid), "released": figure(year.released), "availableEnd": figure(year.availableEnd)]
            },
            "grants": report.grants.map { grant -> [String: Any] in
                ["id": "\(grant.id)", "recipient": grant.applicant, "purpose": grant.purpose ?? "",
                 "granted": figure(grant.amountApproved ?? .zero), "paid": figure(grant.paid),
                 "status": grant.status.rawValue, "statusText": ReportWords.status(grant),
                 "approvedOn": grant.approvedOn?.iso ?? "", "date": grant.approvedOn.map(ReportWords.date) ?? "",
                 "decision": ReportWords.decision(report.approvals[grant.id]), "recused": ReportWords.recused(report.approvals[grant.id])]
            },
            "grantsTotal": ["label": ReportLists.grantsTotal(report), "count": "\(report.allGrants.count)",
                            "granted": figure(report.allGrants.granted), "paid": figure(report.allGrants.paid)],
            "scatter": Charts.scoreAgainstRequest(ranked),
            "fundChart": Charts.fundPerYear(report.fundYears),
            "goalsChart": Charts.projectsPerGoal(report.areas),
            "historyHead": ReportWords.historyHead(report.historyHead),
            "results": ResultsSection.html(report),
            "rounds": RoundReportSection.context(report.rounds), "roundsTitle": ReportWords.text("report.rounds.title"),
            "hasRounds": !report.rounds.isEmpty,
        ]
        if let outside = ReportWords.outsideGoals(report) { context["outside"] = outside }
        if let noRanking = ReportWords.noRanking(report) { context["noRanking"] = noRanking }
        if let note = ReportLists.rankingNote(report) { context["rankingNote"] = note }
        if let note = ReportLists.grantsNote(report) { context["grantsNote"] = note }
        context.merge(IndicatorSection.context(report)) { $1 }
        if let (from, to) = report.projectedDecline, let decline = ReportWords.decline(report) {
            context["decline"] = ["fromValue": ReportWords.integer(from.value), "fromYear": "\(from.year)",
                                  "toValue": ReportWords.integer(to.value), "toYear": "\(to.year)",
                                  "decline": decline.text, "share": ReportWords.percent(decline.share)]
        }
        return context
    }

    /// The headings of the report's tables, from the catalogues: `{{words.granted}}`.
    private static var words: [String: String] {
        Dictionary(uniqueKeysWithValues: ["projects", "jobs", "population", "granted", "in_force", "paid", "allocated", "goal", "recipient",
                                          "purpose", "status", "date", "decision", "recused", "year", "flow.allocated", "flow.granted", "flow.paid",
                                          "flow.repaid", "flow.released", "position.available_end"].map {
            ($0.replacingOccurrences(of: ".", with: "_"), ReportWords.text("report.column." + $0))
        })
    }

    private static func area(_ area: BoardReport.AreaResult) -> [String: Any] {
        [
            "number": "\(area.number)", "title": area.title,
            "granted": figure(area.figures.granted), "inForce": figure(area.figures.inForce), "paid": figure(area.figures.paid),
            "projects": "\(area.projectCount)", "jobs": figure(area.jobs), "population": figure(area.populationEffect),
            "goals": area.goals.map { goal -> [String: Any] in
                ["code": goal.code, "title": goal.title, "statuses": ReportWords.statuses(goal.projects),
                 "projects": "\(goal.projectCount)", "granted": figure(goal.figures.granted),
                 "inForce": figure(goal.figures.inForce), "paid": figure(goal.figures.paid),
                 "jobs": figure(goal.jobs), "population": figure(goal.populationEffect)]
            },
        ]
    }

    private static func rankRow(_ project: RankedProject) -> [String: Any] {
        ["rank": "\(project.rank)", "projectID": "\(project.projectID)", "name": project.name,
         "score": figure(project.score, places: 2), "request": figure(project.request),
         "jobs": figure(project.result.jobsTotal), "population": figure(project.result.populationEffect)]
    }

    private static func explained(_ project: RankedProject) -> [String: Any] {
        ["rank": "\(project.rank)", "projectID": "\(project.projectID)", "name": project.name,
         "score": figure(project.score, places: 2),
         "parts": project.result.parts.map { part -> [String: Any] in
             ["label": ReportWords.criterion(part.criterion), "key": part.criterion.rawValue,
              "value": figure(part.value), "score": figure(part.score, places: 2),
              "weight": figure(part.weight, places: 0), "points": figure(part.points, places: 2)]
         }]
    }
}
