extension Catalogue {
    /// EUR reference rates, the register of state aid, the de minimis awards behind a total, and `rank --explain`.
    static let bokmalRates: KeyValuePairs<Message.Key, String> = [
        "rate.month_unreadable": "'{input}' er ikke en måned: skriv den som 2024-03 eller 03.2024",
        "rate.far_from_reference": "eurokursen {given} ligger mer enn {allowed} % fra referansekursen for {month}, {reference}: sjekk kursen, eller rett månedens med `mon rate set {month} KURS`",
        "rate.approval_needs_rate": "statsstøtte regnes og meldes i EUR, og ingen eurokurs er registrert for {month}: oppgi kursen med --eur-rate, eller registrer månedens med `mon rate set {month} KURS`",
        "rate.declaration_needs_rate": "bagatellmessig støtte regnes i EUR, og ingen eurokurs er registrert for {month}: oppgi kursen med --eur-rate, eller registrer månedens med `mon rate set {month} KURS`",

        "help.rate.abstract": "Referansekursen for euro hver måned, i NOK per EUR.",
        "help.rate.discussion": """
            Et vedtak om statsstøtte eller en erklært bagatellmessig støtte uten --eur-rate får kursen for \
            sin måned; en kurs som ligger mer enn 5\u{A0}% fra månedens, avvises.

            Eksempler:
              mon rate set 2024-03 11,52
              mon rate list --format json
            """,
        "help.rate.set.abstract": "Registrer referansekursen for en måned, eller rett den.",
        "help.rate.set.discussion": """
            Kursen er NOK per EUR, med desimalkomma eller -punktum, innenfor grensene i `mon param show` \
            (eur_rate_min, eur_rate_max). Tilsagn som alt er innvilget, beholder kursen de ble innvilget med.

            Eksempel:
              mon rate set 2024-03 11,52
            """,
        "help.rate.set.month": "Måneden: 2024-03 eller 03.2024.",
        "help.rate.set.rate": "NOK per EUR, som 11,52 eller 11.52.",
        "help.rate.list.abstract": "Referansekursen for hver måned, eldste først.",
        "help.rate.list.discussion": """
            Eksempel:
              mon rate list --format csv
            """,
        "help.rate.approve_eur_rate": "NOK per EUR på dagen, som 11,49 (5 til 25 om ikke `mon param set eur_rate_min`/`eur_rate_max` sier noe annet; innenfor 5\u{A0}% av månedens kurs); standard: månedens kurs fra `mon rate set`. Statsstøtte må ha en kurs.",
        "help.rate.declare_eur_rate": "NOK per EUR den dagen, som 11,6 (5 til 25 om ikke `mon param set eur_rate_min`/`eur_rate_max` sier noe annet; innenfor 5\u{A0}% av månedens kurs); standard: månedens kurs fra `mon rate set`.",

        "header.month": "måned",
        "header.nok_per_eur": "NOK per EUR",
        "header.set_at": "satt",
        "header.giver": "giver",
        "header.nok": "NOK",
        "header.eur": "EUR",
        "header.report_by": "meldes innen",
        "section.awards": "Tildelinger",
        "label.grant": "tilsagn",
        "label.declared": "erklært",
        "label.deadline": "frist",
        "label.registration": "melding",

        "section.explained": "#{rank} {name}: {score} poeng, hvert kriteriums vekt × skår × {scale} × gjennomførbarhet {feasibility}/5 (× {factor}); {jobs} arbeidsplasser i alt = {direct} direkte × {multiplier}, multiplikatoren for {sector}; befolkningseffekt {population}",
        "label.total": "sum",
        "header.feasibility": "gjennomførbarhet",
        "header.feasibility_factor": "gjennomførbarhetsfaktor",
        "header.direct_jobs": "direkte arbeidsplasser",
        "header.sector": "sektor",
        "header.multiplier": "multiplikator",
        "header.points_jobs": "poeng arbeidsplasser",
        "header.points_competence": "poeng kompetanse",
        "header.points_attractiveness": "poeng bolyst",
        "header.points_priority": "poeng prioriterte grupper",
        "header.points_green": "poeng grønt skifte",
        "header.points_innovation": "poeng innovasjon",
        "header.points_visibility": "poeng synlighet",
        "header.points_collaboration": "poeng samarbeid",
    ]
}
