import Mustache
import Portfolio

/// The board report as one self-contained HTML page with inline SVG charts.
enum HTMLReport {
    static func render(_ report: BoardReport) throws -> String {
        let template = try MustacheTemplate(string: ReportTemplate.html)
        return template.render(context(report))
    }

    /// A figure as the page shows it, and the exact value a program can check it against.
    static func figure(_ money: Money) -> [String: String] { ["display": money.description, "value": money.kronerJSON] }
    static func figure(_ value: Double, places: Int = 1) -> [String: String] {
        ["display": ReportWords.decimal(value, places: places), "value": JSON.double(value).text]
    }

    static func context(_ report: BoardReport) -> [String: Any] {
        let top = report.ranking.projects.prefix(5)
        var context: [String: Any] = [
            "planName": report.plan.name,
            "period": ReportWords.period(report.year),
            "asOf": ReportWords.date(report.asOf),
            "projectCount": "\(report.assessed.projects.count)",
            "jobs": figure(report.jobs),
            "population": figure(report.populationEffect),
            "approved": figure(report.areas.reduce(report.approvedOutsideProjects) { $0 + $1.approved }),
            "paid": figure(report.areas.reduce(report.paidOutsideProjects) { $0 + $1.paid }),
            "areas": report.areas.map(area),
            "hasUncovered": !report.uncoveredGoals.isEmpty,
            "uncovered": report.uncoveredGoals.map { ["code": $0.code, "text": $0.text] },
            "modelVersion": "\(report.ranking.model.version)",
            "ranking": report.ranking.projects.map(rankRow),
            "top": top.map(explained),
            "fund": report.fundByYear.map { status -> [String: Any] in
                ["fund": status.fund, "year": status.year.map(String.init) ?? "",
                 "allocated": figure(status.allocated), "committed": figure(status.committed),
                 "disbursed": figure(status.disbursed), "returned": figure(status.returned),
                 "available": figure(status.available)]
            },
            "grants": report.grantsApproved.map { grant -> [String: Any] in
                ["id": "\(grant.id)", "recipient": grant.applicant, "purpose": grant.purpose ?? "",
                 "amount": figure(grant.amountApproved ?? .zero), "date": grant.approvedOn.map(ReportWords.date) ?? "", "dateValue": grant.approvedOn?.iso ?? ""]
            },
            "scatter": Charts.scoreAgainstRequest(report.ranking.projects),
            "fundChart": Charts.fundPerYear(report.fundByYear.filter { $0.fund == Fund.defaultName }),
            "goalsChart": Charts.projectsPerGoal(report.areas),
            "historyHead": ReportWords.historyHead(report.historyHead),
        ]
        if report.approvedOutsideProjects > .zero || report.paidOutsideProjects > .zero {
            context["outside"] = ["approved": report.approvedOutsideProjects.description, "paid": report.paidOutsideProjects.description]
        }
        if let (from, to) = report.projectedDecline, let decline = ReportWords.decline(report) {
            context["decline"] = ["fromValue": ReportWords.integer(from.value), "fromYear": "\(from.year)",
                                  "toValue": ReportWords.integer(to.value), "toYear": "\(to.year)",
                                  "decline": decline.text, "share": ReportWords.percent(decline.share)]
        }
        return context
    }

    private static func area(_ area: BoardReport.AreaResult) -> [String: Any] {
        [
            "number": "\(area.number)", "title": area.title,
            "approved": figure(area.approved), "paid": figure(area.paid),
            "jobs": figure(area.jobs), "population": figure(area.populationEffect),
            "goals": area.goals.map { goal -> [String: Any] in
                ["code": goal.code, "title": goal.title, "statuses": ReportWords.statuses(goal.projects),
                 "approved": figure(goal.approved), "paid": figure(goal.paid),
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
