extension Catalogue {
    /// Hjelpen til `mon indicator` og til rapportens `--plan`.
    static let bokmalHelpIndicators: KeyValuePairs<Message.Key, String> = [
        "help.indicator.abstract": "Planens indikatorer: registrer årets målte verdi, vis dem mot målene.",
        "help.indicator.record.abstract": "Registrer verdien en indikator ble målt til i et år.",
        "help.indicator.record.discussion": """
            Et år har én målt verdi: registreres den igjen, erstattes den (et rettet tall), \
            og historikken tar vare på den forrige verdien, hvem som endret den og når (mon history). \
            Verdien kan ha desimalkomma eller -punktum.

            Eksempler:
              mon indicator record new_establishments 4 --year 2025 \\
                  --source Brønnøysundregistrene
              mon indicator record population 13050 --year 2025 --source SSB --plan 1
            """,
        "help.indicator.record.key": "Indikatorens nøkkel, slik `mon indicator list` viser den.",
        "help.indicator.record.value": "Den målte verdien (12,5 eller 12.5).",
        "help.indicator.record.year": "Året verdien ble målt for, {low} til {high}.",
        "help.indicator.record.source": "Hvor verdien kommer fra (standard: den som registrerer).",
        "help.indicator.plan": "Planens id (standard: gjeldende plan), slik `mon plan list` viser den.",
        "help.indicator.list.abstract": "Indikatorene med utgangsverdi, målte verdier, siste verdi, mål og om målet er nådd eller i rute.",
        "help.indicator.list.discussion": """
            I rute: siste verdi ligger på eller forbi den rette linjen fra utgangsverdien til målet \
            i året for siste verdi. Et mål under utgangsverdien nås ved å gå ned.

            Eksempler:
              mon indicator list
              mon indicator list --goal 1.1 --format json
            """,
        "help.indicator.list.goal": "Bare indikatorene til dette målet i planen (1.1).",
        "help.report.plan": "Planen rapporten gjelder, med id slik `mon plan list` viser den (standard: planen som gjelder ved årets slutt, ellers i dag); f.eks. mon report --plan 2 --year 2027.",
    ]
}
