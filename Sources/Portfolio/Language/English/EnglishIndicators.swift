extension Catalogue {
    /// Indicators and their values (`mon indicator`), and the report's words on indicators, its plan's period and a missing ranking.
    static let englishIndicators: KeyValuePairs<Message.Key, String> = [
        "indicator.year_ahead": "a measured value cannot be for {year}, a year that has not begun (this year is {this_year})",
        "indicator.not_found": "there is no indicator '{key}' in {plan}; `mon indicator list` shows them",
        "text.what.indicator_source": "the source",
        "indicator_standing.noun": "target standing",
        "indicator_standing.met": "target met",
        "indicator_standing.on_track": "on track",
        "indicator_standing.behind": "behind",
        "indicator_standing.unknown": "not known",
        "header.values": "values",
        "header.latest": "latest",
        "header.latest_year": "latest year",
        "header.standing": "standing",

        "report.plan.over_none_newer": "The plan period {period} is over; no newer plan is loaded.",
        "report.plan.over_current": "The plan period {period} is over; current plan: {name} ({current_period}).",
        "report.plan.not_begun": "The plan period {period} had not begun on {day}.",
        "report.plan.running": "The plan period {period} runs on {day}.",
        "report.ranking.before_model":
            "No ranking: the first version of the scoring model applies from {first}, after the report's day {day}.",
        "report.ranking.no_model": "No ranking: no version of the scoring model is stored.",

        "report.indicators.heading": "Indicators per goal",
        "report.indicators.none": "The plan has no indicators.",
        "report.indicators.note":
            "Values measured up to the report's year. The trend is drawn on a scale that takes in the baseline (ring) and the target (square).",
        "report.indicators.goal": "Goal {code} {title}",
        "report.indicators.whole_plan": "The plan as a whole",
        "report.indicators.chart_title": "{name}, measured: {values}",
        "report.indicators.chart_desc": "A line through the values measured, year by year; the ring is the baseline, the square the target.",
        "report.indicators.column.indicator": "Indicator",
        "report.indicators.column.unit": "Unit",
        "report.indicators.column.baseline": "Baseline",
        "report.indicators.column.values": "Measured values",
        "report.indicators.column.latest": "Latest",
        "report.indicators.column.target": "Target",
        "report.indicators.column.standing": "Standing",
        "report.indicators.column.trend": "Trend",
    ]
}
