extension Catalogue {
    /// Indicators and their values (`mon indicator`), and the report's words on indicators, its plan's period and a missing ranking.
    static let bokmalIndicators: KeyValuePairs<Message.Key, String> = [
        "indicator.year_ahead": "en målt verdi kan ikke gjelde {year}, et år som ikke har begynt (i år er {this_year})",
        "indicator.not_found": "det finnes ingen indikator «{key}» i {plan}; `mon indicator list` viser dem",
        "text.what.indicator_source": "kilden",
        "indicator_standing.noun": "måloppnåelse",
        "indicator_standing.met": "mål nådd",
        "indicator_standing.on_track": "i rute",
        "indicator_standing.behind": "bak skjema",
        "indicator_standing.unknown": "ukjent",
        "header.values": "verdier",
        "header.latest": "siste",
        "header.latest_year": "siste år",
        "header.standing": "måloppnåelse",

        "report.plan.over_none_newer": "Planperioden {period} er over; ingen nyere plan er lastet inn.",
        "report.plan.over_current": "Planperioden {period} er over; gjeldende plan: {name} ({current_period}).",
        "report.plan.not_begun": "Planperioden {period} hadde ikke begynt {day}.",
        "report.plan.running": "Planperioden {period} gjelder {day}.",
        "report.ranking.before_model":
            "Ingen rangering: den første versjonen av poengmodellen gjelder fra {first}, etter rapportens dag {day}.",
        "report.ranking.no_model": "Ingen rangering: ingen versjon av poengmodellen er lagret.",

        "report.indicators.heading": "Indikatorer per mål",
        "report.indicators.none": "Planen har ingen indikatorer.",
        "report.indicators.note":
            "Målte verdier til og med rapportens år. Utviklingen er tegnet på en skala som tar med utgangsverdien (ring) og målet (kvadrat).",
        "report.indicators.goal": "Mål {code} {title}",
        "report.indicators.whole_plan": "Planen som helhet",
        "report.indicators.chart_title": "{name}, målt: {values}",
        "report.indicators.chart_desc": "En linje gjennom de målte verdiene, år for år; ringen er utgangsverdien, kvadratet målet.",
        "report.indicators.column.indicator": "Indikator",
        "report.indicators.column.unit": "Enhet",
        "report.indicators.column.baseline": "Utgangsverdi",
        "report.indicators.column.values": "Målte verdier",
        "report.indicators.column.latest": "Siste",
        "report.indicators.column.target": "Mål",
        "report.indicators.column.standing": "Status",
        "report.indicators.column.trend": "Utvikling",
    ]
}
