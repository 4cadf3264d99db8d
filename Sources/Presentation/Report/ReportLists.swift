import Portfolio

/// What the report lists of its two long lists, the grants and the ranking, and where a reader finds
/// the rest: a board reads the largest grants and the best-ranked projects, not a million rows.
///
///     ReportLists.grantsNote(report)   // "De 20 største av 71 234 tilsagn i perioden. Hele listen: mon grant list --public --year 2020."
enum ReportLists {
    /// The sentence over the grants when the report shows only the largest; nil when it shows every one.
    static func grantsNote(_ report: BoardReport) -> String? {
        guard report.allGrants.count > report.grants.count else { return nil }
        let command = "mon grant list --public" + (report.year.map { " --year \($0)" } ?? "")
        return ReportWords.text("report.grants.largest", ["shown": .integer(Int64(report.grants.count)),
                                                          "count": .integer(Int64(report.allGrants.count)), "command": .text(command)])
    }

    /// The label of the line under the grants that adds up every grant of the period, listed or not.
    static func grantsTotal(_ report: BoardReport) -> String {
        ReportWords.text("report.grants.total", ["count": .integer(Int64(report.allGrants.count))])
    }

    /// The highest-ranked projects the report shows.
    static func ranking(_ report: BoardReport) -> ArraySlice<RankedProject> {
        (report.ranking?.projects ?? []).prefix(BoardReport.listed)
    }

    /// The sentence over the ranking when the report shows only its top; nil when it shows every project.
    static func rankingNote(_ report: BoardReport) -> String? {
        guard let ranking = report.ranking, ranking.projects.count > BoardReport.listed else { return nil }
        let command = "mon rank --include-funded" + (report.year.map { _ in " --as-of \(report.asOf.iso)" } ?? "")
        return ReportWords.text("report.ranking.top", ["shown": .integer(Int64(BoardReport.listed)),
                                                       "count": .integer(Int64(ranking.projects.count)), "command": .text(command)])
    }
}
