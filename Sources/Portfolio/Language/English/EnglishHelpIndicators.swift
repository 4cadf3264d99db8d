extension Catalogue {
    /// The help of `mon indicator` and of the report's `--plan`.
    static let englishHelpIndicators: KeyValuePairs<Message.Key, String> = [
        "help.indicator.abstract": "The plan's indicators: record a year's measured value, list them against their targets.",
        "help.indicator.record.abstract": "Record the value an indicator was measured at in a year.",
        "help.indicator.record.discussion": """
            A year holds one measured value: recording it again replaces it (a corrected figure), \
            and the history keeps the earlier value, who changed it and when (mon history). \
            The value takes a decimal comma or point.

            Examples:
              mon indicator record new_establishments 4 --year 2025 \\
                  --source Brønnøysundregistrene
              mon indicator record population 13050 --year 2025 --source SSB --plan 1
            """,
        "help.indicator.record.key": "The indicator's key, as `mon indicator list` shows it.",
        "help.indicator.record.value": "The value measured (12,5 or 12.5).",
        "help.indicator.record.year": "The year the value was measured for, {low} to {high}.",
        "help.indicator.record.source": "Where the value comes from (default: who records it).",
        "help.indicator.plan": "The plan's id (default: the current plan), as `mon plan list` shows it.",
        "help.indicator.list.abstract": "The indicators with baseline, measured values, latest value, target and whether it is met or on track.",
        "help.indicator.list.discussion": """
            On track: the latest value is at or past the straight line from the baseline to the target \
            in the latest value's year. A target below its baseline is reached by going down.

            Examples:
              mon indicator list
              mon indicator list --goal 1.1 --format json
            """,
        "help.indicator.list.goal": "Only the indicators of this goal of the plan (1.1).",
        "help.report.plan": "The plan to report on, by id as `mon plan list` shows it (default: the plan current at the year's end, else today); e.g. mon report --plan 2 --year 2027.",
    ]
}
