import Portfolio

/// What the report says about its plan's period and about a ranking it cannot give.
extension ReportWords {
    /// `Planperioden 2021–2024 er over; gjeldende plan: …`, or that it runs or has not begun.
    static func planPeriod(_ report: BoardReport) -> String {
        report.period.sentence.text(in: language)
    }

    /// Why a report has no ranking: its day is before the first version of the scoring model. Nil when it has one.
    ///
    ///     ReportWords.noRanking(try BoardReport(db, year: 2019))
    ///     // "Ingen rangering: den første versjonen av poengmodellen gjelder fra 01.01.2021, etter 31.12.2019."
    static func noRanking(_ report: BoardReport) -> String? {
        guard report.ranking == nil else { return nil }
        guard let first = report.firstModel, let from = try? Day(parsing: String(first.validFrom.prefix(10))) else {
            return text("report.ranking.no_model")
        }
        return text("report.ranking.before_model", ["first": .day(from), "day": .day(report.asOf)])
    }
}
