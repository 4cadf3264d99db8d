import Portfolio

/// The board report's section per application round, in each of its forms: the round's
/// applications, approved and rejected, money asked and given, and the ranking behind the decision.
///
///     MarkdownReport.render(report)   // … "## Søknadsrunder" then "### Søknadsrunde Vår 2026" …
enum RoundReportSection {
    static func markdown(_ rounds: [RoundSummary], table: (Table) -> String) -> String {
        guard !rounds.isEmpty else { return "" }
        var out = "\n## " + ReportWords.text("report.rounds.title") + "\n"
        for summary in rounds {
            out += "\n### " + Formatter.escapeMarkdown(ReportWords.text("report.round.heading", ["round": .text(summary.round.name)])) + "\n\n"
            out += Formatter.escapeMarkdown(summary.sentence) + "\n\n"
            out += table(Table(columns: columns.map { ReportWords.text("report.round.column." + $0) }, rows: summary.ranking.map(cells)))
        }
        return out
    }

    static func json(_ rounds: [RoundSummary]) -> JSON {
        .array(rounds.map { summary in
            let members: [(String, JSON)] = [
                ("name", .string(summary.round.name)), ("deadline", .string(summary.round.deadline.iso)),
                ("budget", money(summary.round.budget)), ("decided_on", .string(summary.decidedOn.iso)),
                ("applications", .integer(summary.applications)), ("approved", .integer(summary.approved.count)),
                ("rejected", .integer(summary.rejected)), ("asked", money(summary.asked)), ("given", money(summary.given)),
                ("ranking", .array(summary.ranking.map(json))),
            ]
            return .object(members)
        })
    }

    /// One application in the ranking behind a round's decision.
    private static func json(_ application: RankedApplication) -> JSON {
        let score: JSON = application.score.map { .double(($0 * 100).rounded() / 100) } ?? .null
        let rank: JSON = application.rank.map { .integer($0) } ?? .null
        let given: JSON = application.grant.amountApproved.map(money) ?? .null
        return .object([
            ("rank", rank), ("grant_id", .integer(application.grant.id)), ("score", score),
            ("asked", money(application.grant.amountApplied)), ("status", .string(application.grant.status.rawValue)),
            ("given", given), ("late", .bool(application.application.late)),
        ])
    }

    /// The HTML page's rounds: `{{#rounds}}` in the template.
    static func context(_ rounds: [RoundSummary]) -> [[String: Any]] {
        rounds.map { summary in
            ["heading": ReportWords.text("report.round.heading", ["round": .text(summary.round.name)]), "sentence": summary.sentence,
             "columns": columns.map { ["text": ReportWords.text("report.round.column." + $0)] },
             "rows": summary.ranking.map { application in
                 ["grant": "\(application.grant.id)", "cells": cells(application).map { ["text": $0.display(in: ReportWords.language)] }]
             }]
        }
    }

    private static let columns = ["rank", "applicant", "score", "asked", "status", "given", "late"]

    private static func cells(_ application: RankedApplication) -> [Cell] {
        [application.rank.map(Cell.count) ?? .null, .text(application.grant.applicant),
         application.score.map { .rounded($0, places: 2) } ?? .null, .money(application.grant.amountApplied),
         .text(ReportWords.status(application.grant)), .optional(application.grant.amountApproved),
         .text(ReportWords.text(application.application.late ? "report.round.late" : "report.round.on_time"))]
    }

    private static func money(_ amount: Money) -> JSON { .number(amount.kronerJSON) }
}

extension RoundSummary {
    /// The round in one sentence: its deadline and budget, what came in, and what was decided.
    var sentence: String {
        ReportWords.text("report.round.summary", [
            "deadline": .day(round.deadline), "budget": .money(round.budget), "applications": .text("\(applications)"),
            "approved": .text("\(approved.count)"), "rejected": .text("\(rejected)"), "asked": .money(asked), "given": .money(given),
            "day": .day(decidedOn),
        ])
    }
}
