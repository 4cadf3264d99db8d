import Foundation
import Portfolio

/// How the report, written in Norwegian for the board and the council, names
/// and shows things. Shared by its Markdown and HTML forms.
enum ReportWords {
    /// The report's language, whatever the reader's: it is written for the board.
    static let language = Language.bokmal

    static func criterion(_ criterion: Criterion) -> String {
        switch criterion {
        case .jobs: return "Arbeidsplasser"
        case .competence: return "Kompetansearbeidsplasser"
        case .attractiveness: return "Bolyst"
        case .priority: return "Kvinner og unge"
        case .green: return "Grønt skifte"
        case .innovation: return "Innovasjon"
        case .visibility: return "Synlighet"
        case .collaboration: return "Samarbeid"
        }
    }

    /// The footer that fixes the history as it stood: with it, `mon history verify`
    /// on a later copy shows whether anything up to this row has changed.
    static func historyHead(_ head: ChainHead?) -> String {
        guard let head else { return "Historikken er ennå ikke forseglet." }
        return "Historikken: \(head.rows) rader forseglet, kjedens hode \(head.hash) (kontrolleres med mon history verify)."
    }

    /// "2 aktiv, 1 planlagt", in the order a project moves.
    static func statuses(_ counts: [ProjectStatus: Int]) -> String {
        let parts = ProjectStatus.allCases.compactMap { status in counts[status].map { "\($0) \(status.words.text(in: language))" } }
        return parts.isEmpty ? "ingen" : parts.joined(separator: ", ")
    }

    /// A sentence or a column heading of the catalogues, in the report's language.
    ///
    ///     ReportWords.text("report.column.in_force")   // "Tilsagn i kraft"
    static func text(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
        Message(Message.Key(rawValue: key), arguments).text(in: language)
    }

    /// What the report's money covers, and how each figure is counted.
    static func moneyNote(_ report: BoardReport) -> String {
        guard let year = report.year else { return text("report.money_note_all", ["scope": .text(text("report.scope.all"))]) }
        let scope = text("report.scope.year", ["year": .text("\(year)")])
        return text("report.money_note", ["scope": .text(scope), "day": .day(Day(year: year, month: 12, day: 31)!)])
    }

    /// The money of grants no goal carries, when there is any.
    static func outsideGoals(_ report: BoardReport) -> String? {
        let outside = report.outsideGoals
        guard outside.granted > .zero || outside.paid > .zero else { return nil }
        return text("report.outside_goals", ["granted": .money(outside.granted), "in_force": .money(outside.inForce), "paid": .money(outside.paid)])
    }

    /// A grant's status as the public reads it: `delvis utbetalt`, `bortfalt`.
    static func status(_ grant: Grant) -> String {
        (grant.isPartlyPaid ? Message("label.partly_paid") : grant.status.words).text(in: language)
    }

    /// Who approved a grant and on which case: `styret, sak PS 3/26`; empty when not recorded.
    static func decision(_ record: DecisionRecord?) -> String {
        switch (record?.decidedBy, record?.caseReference) {
        case let (by?, reference?): text("report.decision.by_case", ["by": .text(by), "case": .text(reference)])
        case let (by?, nil): by
        case let (nil, reference?): text("report.decision.case", ["case": .text(reference)])
        case (nil, nil): ""
        }
    }

    /// The members who stepped aside from the approval, each with the grounds.
    static func recused(_ record: DecisionRecord?) -> String {
        guard let recused = record?.recused, !recused.isEmpty else { return "" }
        return text("report.recused", ["members": .list(recused.map { .text("\($0.name) (\($0.grounds))") })])
    }

    static func period(_ year: Int?) -> String {
        year.map { "Året \($0)" } ?? "Hele perioden"
    }

    /// One decimal, Norwegian style: `12,5`.
    static func decimal(_ value: Double, places: Int = 1) -> String {
        language.decimal(value, places: places)
    }

    /// A day as the report writes it: `15.03.2024`.
    static func date(_ day: Day) -> String {
        language.date(day)
    }

    /// "Mål 1.1: 1 prosjekt", "Mål 1.2: 3 prosjekter": the sentence for one or for several.
    static func goalProjects(_ code: String, count: Int) -> String {
        Message(counting: Int64(count), "report.goal_projects", ["goal": .text(code)]).text(in: language)
    }

    static func percent(_ share: Double) -> String {
        decimal(share * 100) + " %"
    }

    /// The population change the plan quotes, and the portfolio's estimated share of it.
    static func decline(_ report: BoardReport) -> (text: String, share: Double)? {
        guard let (from, to) = report.projectedDecline, from.value > to.value else { return nil }
        let decline = from.value - to.value
        return (integer(decline), report.populationEffect / decline)
    }

    /// A whole number grouped by thousands: `13 278`.
    static func integer(_ value: Double) -> String {
        Money(kroner: Int64(value.rounded())).formattedNumber
    }
}
