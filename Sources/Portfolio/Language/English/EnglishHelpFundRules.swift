extension Catalogue {
    /// Each fund's own rules (`fund param`).
    static let englishHelpFundRules: KeyValuePairs<Message.Key, String> = [
        "fund_parameter.noun": "rule a fund may set",
        "help.fund.param.abstract": "The rules a fund sets for itself.",
        "help.fund.param.discussion": """
            A fund may have its own intensity limits (intensity_reason_above, intensity_max), its own \
            basis for an application given without --basis (deminimis_basis_default: de-minimis, gber, \
            purchase or not-aid) and its own share held back until the final report (holdback_default). \
            A fund without its own value uses the general parameter (mon param show); an application \
            without --basis in a fund that set none is de minimis.

            Examples:
              mon fund param set Covid-fond intensity_max 0,6
              mon fund param set Covid-fond deminimis_basis_default not-aid \\
                  --from 2027-01-01
              mon fund param list Covid-fond
            """,
        "help.fund.param.fund": "The fund, by name or id.",
        "help.fund.param.list.abstract": "List the values a fund set for itself, by key and date.",
        "help.fund.param.set.abstract": "Set a fund's own value of a rule, from a day on.",
        "help.fund.param.set.discussion": """
            Shares are written 0,6 or 0.6 (60\u{A0}%). The value holds from --from (default: today; never a \
            day before today) until the fund's next value of the key.

            Example:
              mon fund param set Covid-fond intensity_max 0,6
            """,
        "help.fund.param.set.key": "intensity_reason_above, intensity_max, deminimis_basis_default or holdback_default.",
        "help.fund.param.set.value": "A share (0,6) for the limits and the holdback; a basis (de-minimis, gber, purchase, not-aid) for the default basis.",
    ]
}
