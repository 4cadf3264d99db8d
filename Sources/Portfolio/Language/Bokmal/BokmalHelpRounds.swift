extension Catalogue {
    /// The help of `mon round` and of the options rounds add to `assess` and `grant apply`.
    static let bokmalHelpRounds: KeyValuePairs<Message.Key, String> = [
        "help.assess.grant": "Vurder en søknad (tilsagn) i stedet for et prosjekt: dens id.",
        "help.grant.apply.round": "Runden (id eller navn) søknaden hører til (standard: den første runden med frist den rakk).",
        "help.round.abstract": "Søknadsrunder: hver med frist og budsjett, behandlet under ett.",
        "help.round.discussion": """
            En søknad hører til den første runden med frist den rakk etter mottaksdatoen, eller til runden \
            `grant apply --round` oppgir; en søknad mottatt etter rundens frist vises som for sent.

            Eksempler:
              mon round add "Vår 2026" --deadline 15.03.2026 --budget "1 500 000"
              mon round rank "Vår 2026" --as-of 20.04.2026 --explain
              mon round select "Vår 2026" --date 20.04.2026
              mon round decide "Vår 2026" --date 20.04.2026 --decided-by styret \\
                  --case "PS 12/26" --reason "Ikke prioritert"
            """,
        "help.round.ref": "Rundens id eller navn.",
        "help.round.add.abstract": "Legg til en runde; skriver ut id-en.",
        "help.round.add.discussion": """
            Ubehandlede søknader uten runde som er mottatt innen fristen (til rundens fond, når den har \
            et), legges i den.

            Eksempel:
              mon round add "Høst 2026" --deadline 15.09.2026 --budget "1 200 000" \\
                  --fund "Kommunalt næringsfond"
            """,
        "help.round.add.name": "Rundens navn, unikt.",
        "help.round.add.deadline": "Søknadsfristen (2026-03-15 eller 15.03.2026).",
        "help.round.add.budget": "Pengene runden kan gi, i kroner.",
        "help.round.add.fund": "Fondet den bruker; søknadene er søknader til det fondet (standard: Kommunalt næringsfond).",
        "help.round.list.abstract": "Vis rundene etter frist.",
        "help.round.list.discussion": "Eksempel:\n  mon round list --format json",
        "help.round.show.abstract": "Vis en runde og søknadene i den, de for sene merket.",
        "help.round.show.discussion": "Eksempel:\n  mon round show \"Vår 2026\" --format json",
        "help.round.rank.abstract": "Ranger rundens ubehandlede søknader etter poeng, hver merket med om den kan innvilges som omsøkt, og hvorfor ikke.",
        "help.round.rank.discussion": """
            En søknads poeng er poengene fra den siste vurderingen per dagen; en søknad uten vurdering kommer sist. \
            Den kan innvilges som omsøkt når støtteintensiteten er innenfor grensen, foretakets gjenstående \
            ramme for bagatellmessig støtte etter månedens eurokurs rommer den, og fondet dekker den den dagen.

            Eksempel:
              mon round rank "Vår 2026" --as-of 20.04.2026 --format csv
            """,
        "help.round.rank.explain": "Vis poengene for hvert kriterium for hver vurderte søknad.",
        "help.round.rank.as_of": "Vedtaksdagen: poeng, kurser, bagatellmessig støtte og fondet slik de sto da (standard: i dag).",
        "help.round.select.abstract": "Det beste settet av rundens søknader som kan innvilges, innenfor rundens penger.",
        "help.round.select.discussion": """
            Innenfor det minste av rundens budsjett og det fondet har disponibelt den dagen; to søknader \
            fra samme foretak (konsern) må til sammen rommes i den gjenstående rammen for bagatellmessig støtte.

            Eksempel:
              mon round select "Vår 2026" --date 20.04.2026 --require 14 --exclude 17
            """,
        "help.round.select.date": "Vedtaksdagen (standard: i dag).",
        "help.round.select.require": "Søknader som må være med i settet.",
        "help.round.select.exclude": "Søknader som skal holdes utenfor.",
        "help.round.select.min_area": "Minst ANTALL søknader for prosjekter i satsingsområde N.",
        "help.round.select.frontier": "Vis det beste settet ved så mange budsjetter opp til rundens penger.",
        "help.round.decide.abstract": "Registrer styrets vedtak om en hel runde, i én transaksjon.",
        "help.round.decide.discussion": """
            Innvilger det valgte settet (eller søknadene --approve nevner) med omsøkt beløp og avslår rundens \
            andre ubehandlede søknader med begrunnelsen, hver etter de samme reglene som `grant approve` og \
            `grant reject`. Brytes én regel, avvises hele vedtaket.

            Eksempel:
              mon round decide "Vår 2026" --date 20.04.2026 --decided-by styret \\
                  --case "PS 12/26" --reason "Ikke prioritert"
            """,
        "help.round.decide.date": "Vedtaksdagen (2026-04-20 eller 20.04.2026).",
        "help.round.decide.decided_by": "Hvem som vedtok (en registrert beslutningstaker).",
        "help.round.decide.case": "Vedtakets saksnummer.",
        "help.round.decide.reason": "Begrunnelsen søknadene som avslås, får.",
        "help.round.decide.approve": "Søknadene som skal innvilges, i stedet for det valgte settet.",
    ]
}
