import Portfolio

extension Layout where Value == Round {
    /// A round as `round list` shows it.
    public static var round: Layout {
        Layout([
            Column("id") { .integer($0.id) }, Column("name") { .text($0.name) }, Column("deadline") { .day($0.deadline) },
            Column("budget") { .money($0.budget) }, Column("fund") { .optional($0.fund) },
            Column("applications") { .count($0.applications) },
        ])
    }
}

extension Layout where Value == RoundApplication {
    /// One application of a round: late or not, what it asked and where it stands.
    static var roundApplication: Layout {
        Layout([
            Column("grant_id") { .integer($0.grant.id) }, Column("applicant") { .text($0.grant.applicant) },
            Column("received_on") { .day($0.grant.receivedOn) }, Column("late") { .bool($0.late) },
            Column("amount_applied") { .money($0.grant.amountApplied) }, Column("status") { .grantStatus($0.grant) },
            Column("amount_approved") { .optional($0.grant.amountApproved) },
        ])
    }
}

extension Layout where Value == RoundRecord {
    /// `round show`: the round, then its applications.
    public static var roundRecord: Layout {
        Layout([
            Column("id") { .integer($0.round.id) }, Column("name") { .text($0.round.name) },
            Column("deadline") { .day($0.round.deadline) }, Column("budget") { .money($0.round.budget) },
            Column("fund") { .optional($0.round.fund) },
        ], parts: [.list("applications", Layout<RoundApplication>.roundApplication) { $0.applications }])
    }
}

extension Layout where Value == RankedApplication {
    /// A round's application in its ranking: approvable as applied or not, why not in words for a
    /// person and as words of `Obstacle` for a program; in JSON with the score's breakdown.
    public static var rankedApplication: Layout {
        Layout([
            Column("rank") { $0.rank.map(Cell.count) ?? .null }, Column("grant_id") { .integer($0.grant.id) },
            Column("applicant") { .text($0.grant.applicant) }, Column("score") { $0.score.map { .rounded($0, places: 2) } ?? .null },
            Column("amount_applied") { .money($0.grant.amountApplied) }, Column("late") { .bool($0.application.late) },
            Column("approvable") { .bool($0.approvable) },
            Column("obstacles", forPrograms: true) { .text($0.obstacles.map(\.0.rawValue).joined(separator: " ")) },
            Column("reasons") { .text($0.obstacles.map(\.1.description).joined(separator: "; ")) },
        ], parts: [
            Part("obstacles", json: { .array($0.obstacles.map { .string($0.0.rawValue) }) }),
            // An unassessed application has no points: an empty breakdown, so that the key always holds an object.
            Part("breakdown", json: { application in
                Layout<ScoringModel.Part>.criterionPart.json(application.result?.parts ?? [], keyedBy: "criterion")
            }),
        ])
    }
}

extension Layout where Value == RoundRanking {
    /// `round rank --explain` for a person: the ranking, then each assessed application's points criterion by criterion.
    public static var explainedRound: Layout {
        Layout([
            Column("round") { .text($0.round.name) }, Column("as_of") { .day($0.asOf) },
            Column("model_version") { .integer($0.model.version) },
        ], parts: [
            .list("ranking", Layout<RankedApplication>.rankedApplication) { $0.applications },
            Part("breakdowns", json: nil, sections: { ranking in
                ranking.applications.compactMap { application in
                    guard let rank = application.rank, let assessment = application.assessment, let result = application.result else { return nil }
                    return (ExplainedLine.title(rank: rank, name: application.grant.applicant, assessment, result, ranking.model),
                            Layout<ExplainedLine>.explainedLine.table(ExplainedLine.lines(result)))
                }
            }),
        ])
    }
}

extension Layout where Value == RoundSelection {
    /// `round select`: the money it had to fit, the set and its totals; in JSON the chosen ids.
    public static var roundSelection: Layout {
        Layout([
            Column("round") { .text($0.ranking.round.name) }, Column("date") { .day($0.ranking.asOf) },
            Column("budget") { .money($0.budget) }, Column("available") { .money($0.available) },
            Column("total_request") { .money($0.selection.totalRequest) },
            Column("total_score") { .rounded($0.selection.totalScore, places: 2) }, Column("optimal") { .bool($0.selection.optimal) },
        ], parts: [
            Part("selected", after: "budget", json: { .array($0.selection.selected.map { .integer($0) }) },
                 sections: { [(Message("section.selected"), Layout<RankedApplication>.rankedApplication.table($0.chosen))] }),
        ])
    }
}

extension Layout where Value == RoundOutcome {
    /// `round decide`: the applications approved and rejected.
    public static var roundOutcome: Layout {
        Layout([
            Column("approved") { .text($0.approved.map(String.init).joined(separator: " ")) },
            Column("rejected") { .text($0.rejected.map(String.init).joined(separator: " ")) },
        ], parts: [
            Part("approved", json: { .array($0.approved.map { .integer($0) }) }),
            Part("rejected", json: { .array($0.rejected.map { .integer($0) }) }),
        ])
    }
}
