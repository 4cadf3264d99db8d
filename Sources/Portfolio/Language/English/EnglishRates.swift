extension Catalogue {
    /// EUR reference rates, the register of state aid, the de minimis awards behind a total, and `rank --explain`.
    static let englishRates: KeyValuePairs<Message.Key, String> = [
        "rate.month_unreadable": "'{input}' is not a month: write it like 2024-03 or 03.2024",
        "rate.far_from_reference": "the EUR rate {given} is more than {allowed} % from the reference rate of {month}, {reference}: check the rate, or correct the month's with `mon rate set {month} RATE`",
        "rate.approval_needs_rate": "state aid is counted and reported in EUR, and no EUR rate is recorded for {month}: give the rate with --eur-rate, or record the month's with `mon rate set {month} RATE`",
        "rate.declaration_needs_rate": "de minimis aid is counted in EUR, and no EUR rate is recorded for {month}: give the rate with --eur-rate, or record the month's with `mon rate set {month} RATE`",

        "help.rate.abstract": "The EUR reference rate of each month, in NOK per EUR.",
        "help.rate.discussion": """
            An approval of state aid or a de minimis declaration given without --eur-rate takes the rate of \
            its month; a rate typed more than 5\u{A0}% from the month's is refused.

            Examples:
              mon rate set 2024-03 11,52
              mon rate list --format json
            """,
        "help.rate.set.abstract": "Record a month's EUR reference rate, or correct it.",
        "help.rate.set.discussion": """
            The rate is NOK per EUR, with a decimal comma or point, within the bounds of `mon param show` \
            (eur_rate_min, eur_rate_max). Awards already approved keep the rate they were approved at.

            Example:
              mon rate set 2024-03 11,52
            """,
        "help.rate.set.month": "The month: 2024-03 or 03.2024.",
        "help.rate.set.rate": "NOK per EUR, like 11,52 or 11.52.",
        "help.rate.list.abstract": "Every month's EUR reference rate, oldest first.",
        "help.rate.list.discussion": """
            Example:
              mon rate list --format csv
            """,
        "help.rate.approve_eur_rate": "NOK per EUR on the day, like 11.49 (5 to 25 unless `mon param set eur_rate_min`/`eur_rate_max` say otherwise; within 5\u{A0}% of the month's rate); default: the month's rate of `mon rate set`. State aid needs one.",
        "help.rate.declare_eur_rate": "NOK per EUR on that day, like 11.6 (5 to 25 unless `mon param set eur_rate_min`/`eur_rate_max` say otherwise; within 5\u{A0}% of the month's rate); default: the month's rate of `mon rate set`.",

        "header.month": "month",
        "header.nok_per_eur": "nok_per_eur",
        "header.set_at": "set_at",
        "header.giver": "giver",
        "header.nok": "nok",
        "header.eur": "eur",
        "header.report_by": "report_by",
        "section.awards": "Awards",
        "label.grant": "grant",
        "label.declared": "declared",
        "label.deadline": "deadline",
        "label.registration": "registration",

        "section.explained": "#{rank} {name}: {score} points, each criterion's weight × score × {scale} × feasibility {feasibility}/5 (× {factor}); {jobs} jobs in all = {direct} direct × {multiplier}, the multiplier of {sector}; population effect {population}",
        "label.total": "total",
        "header.feasibility": "feasibility",
        "header.feasibility_factor": "feasibility_factor",
        "header.direct_jobs": "direct_jobs",
        "header.sector": "sector",
        "header.multiplier": "multiplier",
        "header.points_jobs": "points_jobs",
        "header.points_competence": "points_competence",
        "header.points_attractiveness": "points_attractiveness",
        "header.points_priority": "points_priority",
        "header.points_green": "points_green",
        "header.points_innovation": "points_innovation",
        "header.points_visibility": "points_visibility",
        "header.points_collaboration": "points_collaboration",
    ]
}
