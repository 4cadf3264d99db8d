extension Catalogue {
    /// Hvert fonds egne regler (`fund param`).
    static let bokmalHelpFundRules: KeyValuePairs<Message.Key, String> = [
        "fund_parameter.noun": "regel et fond kan sette",
        "help.fund.param.abstract": "Reglene et fond setter for seg selv.",
        "help.fund.param.discussion": """
            Et fond kan ha egne grenser for støtteandel (intensity_reason_above, intensity_max), eget \
            støttegrunnlag for en søknad uten --basis (deminimis_basis_default: de-minimis, gber, \
            purchase eller not-aid) og egen andel som holdes tilbake til sluttrapporten (holdback_default). \
            Et fond uten egen verdi bruker den generelle parameteren (mon param show); en søknad uten \
            --basis i et fond som ikke har satt noe, er bagatellmessig støtte.

            Eksempler:
              mon fund param set Covid-fond intensity_max 0,6
              mon fund param set Covid-fond deminimis_basis_default not-aid \\
                  --from 2027-01-01
              mon fund param list Covid-fond
            """,
        "help.fund.param.fund": "Fondet, ved navn eller id.",
        "help.fund.param.list.abstract": "Vis verdiene et fond har satt for seg selv, etter nøkkel og dato.",
        "help.fund.param.set.abstract": "Sett et fonds egen verdi for en regel, fra en dag av.",
        "help.fund.param.set.discussion": """
            Andeler skrives 0,6 eller 0.6 (60\u{A0}%). Verdien gjelder fra --from (standard: i dag; aldri en \
            dag før i dag) til fondets neste verdi for nøkkelen.

            Eksempel:
              mon fund param set Covid-fond intensity_max 0,6
            """,
        "help.fund.param.set.key": "intensity_reason_above, intensity_max, deminimis_basis_default eller holdback_default.",
        "help.fund.param.set.value": "En andel (0,6) for grensene og tilbakeholdet; et støttegrunnlag (de-minimis, gber, purchase, not-aid) for standardgrunnlaget.",
    ]
}
