extension Catalogue {
    /// Application rounds: placing, ranking, selecting and deciding a round's applications.
    static let englishRounds: [Message.Key: String] = [
        "text.what.round_name": "the round's name",
        "round.budget_negative": "a round's budget cannot be negative",
        "round.exists": "there is already a round named '{round}'",
        "round.not_found": "there is no round '{round}'; the rounds are: {known}",
        "round.other_fund": "round '{round}' spends the fund '{fund}', not the application's fund",
        "round.obstacle.not_assessed": "application {grant} has not been assessed: record one with `mon assess --grant {grant}`",
        "round.not_in_round": "application {grant} is not an undecided application of round '{round}'",
        "round.required_not_approvable": "application {grant} cannot be approved as applied: {why}",
        "round.decide.nothing": "round '{round}' has no undecided applications",
        "round.decide.refused": "the round's decision was not recorded, nothing was changed: application {grant}: {why}",
        "selection.required_over_shared": "the required applications {ids} together go over their undertaking's de minimis headroom",
        "cli.min_area_form": "--min-area takes N=COUNT, like 1=2, not '{text}'",
        "cli.assess_one_subject": "give either a project's id or --grant ID, not both or neither",

        "header.late": "Late",
        "header.approvable": "Approvable",
        "header.obstacles": "Obstacles",
        "header.reasons": "Why not",
        "header.round": "Round",
        "header.applications": "Applications",
        "header.rejected": "Rejected",
        "header.given": "Given",
        "section.applications": "Applications",
    ]
}
