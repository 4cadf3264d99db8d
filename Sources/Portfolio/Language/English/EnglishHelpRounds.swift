extension Catalogue {
    /// The help of `mon round` and of the options rounds add to `assess` and `grant apply`.
    static let englishHelpRounds: KeyValuePairs<Message.Key, String> = [
        "help.assess.grant": "Assess an application (grant) instead of a project: its id.",
        "help.grant.apply.round": "The round (id or name) to place it in (default: the earliest round whose deadline it met).",
        "help.round.abstract": "Application rounds: each with a deadline and a budget, decided as a whole.",
        "help.round.discussion": """
            An application belongs to the earliest round whose deadline it met by its received date, or to \
            the round `grant apply --round` names; one received after that round's deadline is shown late.

            Examples:
              mon round add "Vår 2026" --deadline 15.03.2026 --budget "1 500 000"
              mon round rank "Vår 2026" --as-of 20.04.2026 --explain
              mon round select "Vår 2026" --date 20.04.2026
              mon round decide "Vår 2026" --date 20.04.2026 --decided-by styret \\
                  --case "PS 12/26" --reason "Ikke prioritert"
            """,
        "help.round.ref": "The round's id or name.",
        "help.round.add.abstract": "Add a round; prints its id.",
        "help.round.add.discussion": """
            Undecided applications that belong to no round and were received by the deadline (to the \
            round's fund, when it has one) join it.

            Example:
              mon round add "Høst 2026" --deadline 15.09.2026 --budget "1 200 000" \\
                  --fund "Kommunalt næringsfond"
            """,
        "help.round.add.name": "The round's name, unique.",
        "help.round.add.deadline": "The application deadline (2026-03-15 or 15.03.2026).",
        "help.round.add.budget": "The money the round may give, in kroner.",
        "help.round.add.fund": "The fund it spends; its applications are that fund's (default: Kommunalt næringsfond).",
        "help.round.list.abstract": "List the rounds by deadline.",
        "help.round.list.discussion": "Example:\n  mon round list --format json",
        "help.round.show.abstract": "Show a round and its applications, the late ones flagged.",
        "help.round.show.discussion": "Example:\n  mon round show \"Vår 2026\" --format json",
        "help.round.rank.abstract": "Rank a round's undecided applications by score, each marked approvable as applied or not, and why.",
        "help.round.rank.discussion": """
            An application's score is that of its latest assessment by the day; an unassessed one comes last. \
            It can be approved as applied when its support intensity is within the limit, its undertaking's de \
            minimis headroom at the month's EUR rate holds it, and the fund covers it on the day.

            Example:
              mon round rank "Vår 2026" --as-of 20.04.2026 --format csv
            """,
        "help.round.rank.explain": "Show every criterion's points for each assessed application.",
        "help.round.rank.as_of": "The decision day: scores, rates, de minimis and the fund as they stood then (default: today).",
        "help.round.select.abstract": "The best set of a round's approvable applications for its money.",
        "help.round.select.discussion": """
            Within the least of the round's budget and what its fund has available on the day; two \
            applications of one undertaking (group) must fit its de minimis headroom together.

            Example:
              mon round select "Vår 2026" --date 20.04.2026 --require 14 --exclude 17
            """,
        "help.round.select.date": "The decision day (default: today).",
        "help.round.select.require": "Applications that must be in the set.",
        "help.round.select.exclude": "Applications to leave out.",
        "help.round.select.min_area": "At least COUNT applications for projects in focus area N.",
        "help.round.select.frontier": "Show the best set at this many budgets up to the round's money.",
        "help.round.decide.abstract": "Record the board's decision on a whole round, in one transaction.",
        "help.round.decide.discussion": """
            Approves the selected set (or the applications --approve lists) at their applied amounts and \
            rejects the round's other undecided applications with the reason, each by the same rules as \
            `grant approve` and `grant reject`. One rule broken refuses the whole decision.

            Example:
              mon round decide "Vår 2026" --date 20.04.2026 --decided-by styret \\
                  --case "PS 12/26" --reason "Ikke prioritert"
            """,
        "help.round.decide.date": "The day of the decision (2026-04-20 or 20.04.2026).",
        "help.round.decide.decided_by": "Who decided (a registered decider).",
        "help.round.decide.case": "The case reference of the decision.",
        "help.round.decide.reason": "The reason given to the applications rejected.",
        "help.round.decide.approve": "The applications to approve, instead of the selected set.",
    ]
}
