extension Catalogue {
    /// Hjelpeteksten til grant, deminimis, assess, weights, rank, select, report, param og history.
    /// Endene av en grense kommer som `{low}` og `{high}`, fra grensen selv.
    static let bokmalHelpTwo: KeyValuePairs<Message.Key, String> = [
        "help.grant.abstract": "Tilsagn fra fondet, fra søknad til sluttutbetaling.",
        "help.grant.discussion": """
            søkt ─► innvilget ─► (delvis utbetalt) ─► utbetalt ─► avsluttet
              ├► avslått ├► bortfalt, trukket  ├► bortfalt, tilbakebetalt
            """,
        "help.grant.id": "Tilsagnets id.",
        "help.grant.decision.date": "Datoen for vedtaket (15.03.2024 eller 2024-03-15).",
        "help.grant.amount": "Beløpet i kroner.",

        "help.grant.apply.abstract": "Registrer en søknad; skriver ut id-en.",
        "help.grant.apply.discussion": """
            Varsler (uten å avvise) når prosjektet startet før søknaden kom inn, og når \
            søkeren ikke er registrert i Vefsn.

            Eksempel:
              mon grant apply --applicant 923609016 --amount "400 000" \\
                  --total-cost "1 000 000" --project 3 --received 2024-02-01 \\
                  --basis de-minimis --purpose "Forprosjekt godsterminal"
            """,
        "help.grant.apply.applicant": "Søkeren: en partners id, organisasjonsnummer eller navn.",
        "help.grant.apply.amount": "Søknadsbeløpet i kroner.",
        "help.grant.apply.total_cost": "Prosjektets totalkostnad i kroner.",
        "help.grant.apply.project": "Prosjektet tilsagnet gjelder.",
        "help.grant.apply.fund": "Fondet (standard: Kommunalt næringsfond).",
        "help.grant.apply.received": "Datoen søknaden kom inn (standard: i dag).",
        "help.grant.apply.basis": "Støttegrunnlaget: de-minimis (standard, bagatellmessig støtte), gber (gruppeunntak), purchase (kjøp) eller not-aid (ikke støtte); de norske ordene går også.",
        "help.grant.apply.purpose": "Hva pengene skal brukes til; offentlig når tilsagnet er innvilget.",

        "help.grant.approve.abstract": "Innvilg en søknad: fondet må dekke den, og alle støtteregler må være oppfylt.",
        "help.grant.approve.discussion": """
            Avvises når fondet har mindre disponibelt den dagen eller en senere dag; når \
            støtteintensiteten er over 75\u{A0}%, eller over 50\u{A0}% uten --reason; for statsstøtte \
            (bagatellmessig eller etter gruppeunntaket) uten eurokurs (--eur-rate, eller månedens \
            kurs fra `mon rate set`) eller med en kurs mer enn 5\u{A0}% fra månedens; og, for \
            bagatellmessig støtte, over foretakets tak.

            Eksempel:
              mon grant approve 12 --date 2024-03-01 --amount "350 000" \\
                  --deadline 2025-03-01 --case 24/113 --eur-rate 11.49
            """,
        "help.grant.approve.amount": "Innvilget beløp (standard: søknadsbeløpet).",
        "help.grant.approve.deadline": "Siste frist for å be om utbetaling.",
        "help.grant.approve.case": "Saksnummeret.",
        "help.grant.approve.reason": "Hvorfor en støtteintensitet over 50\u{A0}% godtas.",

        "help.grant.reject.abstract": "Avslå en søknad.",
        "help.grant.reject.discussion": "Eksempel:\n  mon grant reject 12 --date 2024-03-01 --reason \"Utenfor retningslinjene\"",
        "help.grant.reject.reason": "Begrunnelsen.",

        "help.grant.withdraw.abstract": "Søkeren trekker en søknad, eller et tilsagn det ikke er utbetalt noe på.",
        "help.grant.withdraw.discussion": "Eksempel:\n  mon grant withdraw 12 --date 2024-04-15",

        "help.grant.pay.abstract": "Betal ut på et innvilget tilsagn; aldri mer enn det som gjenstår.",
        "help.grant.pay.discussion": """
            --final gjør opp tilsagnet: det som ikke er utbetalt, går tilbake til fondet.

            Eksempel:
              mon grant pay 12 "150 000" --date 2024-09-01
              mon grant pay 12 "180 000" --date 2025-02-01 --final
            """,
        "help.grant.pay.date": "Utbetalingsdatoen.",
        "help.grant.pay.final": "Sluttutbetalingen: resten som ikke er utbetalt, går tilbake til fondet.",

        "help.grant.lapse.abstract": "Fristen er ute: resten som ikke er utbetalt, går tilbake til fondet.",
        "help.grant.lapse.discussion": "Eksempel:\n  mon grant lapse 12 --date 2025-03-02",

        "help.grant.repay.abstract": "Registrer en tilbakebetaling: penger tilbake til fondet, aldri mer enn det som er utbetalt.",
        "help.grant.repay.discussion": "Eksempel:\n  mon grant repay 12 \"50 000\" --date 2025-06-01",
        "help.grant.repay.date": "Datoen pengene ble betalt tilbake.",

        "help.grant.close.abstract": "Avslutt et fullt utbetalt tilsagn når sluttrapporten er kommet.",
        "help.grant.close.discussion": "Eksempel:\n  mon grant close 12 --date 2025-04-01",

        "help.grant.list.abstract": "List opp tilsagn; --public gir det offentligheten får se, --register det som skal meldes.",
        "help.grant.list.discussion": """
            --year er året tilsagnet ble innvilget, eller året søknaden kom inn når det aldri ble \
            innvilget. --public viser bare vedtak — sak, mottaker, formål, innvilget, utbetalt og status — \
            aldri en søknad som er til behandling eller ble avslått. --register viser tildelinger \
            av statsstøtte på eller over meldeterskelen som gjaldt på tildelingsdagen (EUR\u{A0}500\u{A0}000 \
            før 11.12.2023, EUR\u{A0}100\u{A0}000 fra da: `mon param show`), med siste dag for å melde dem \
            til Registeret for offentlig støtte.

            Eksempler:
              mon grant list --status approved --year 2024
              mon grant list --public --year 2023 --format csv
              mon grant list --register
            """,
        "help.grant.list.status": "Bare tilsagn med denne statusen (søkt, innvilget, utbetalt, avsluttet, avslått, trukket, bortfalt, tilbakebetalt; de engelske ordene går også).",
        "help.grant.list.year": "Bare tilsagn fra dette året.",
        "help.grant.list.applicant": "Bare tilsagn til denne partneren.",
        "help.grant.list.fund": "Bare tilsagn fra dette fondet.",
        "help.grant.list.public": "Bare vedtak, slik offentligheten får se dem.",
        "help.grant.list.register": "Bare tildelinger som skal meldes til Registeret for offentlig støtte.",

        "help.grant.show.abstract": "Vis et tilsagn med utbetalingene.",
        "help.grant.show.discussion": "Eksempel:\n  mon grant show 12 --format json",

        "help.grant.due.abstract": "Det som forfaller: åpne tilsagn der fristen er ute eller nær, og tildelinger som skal meldes til registeret.",
        "help.grant.due.discussion": "Eksempel:\n  mon grant due --within 60",
        "help.grant.due.within": "Hvor mange dager fram i tid det skal ses, {low} til {high} dager.",
        "help.grant.due.today": "Dagen det telles fra (standard: i dag).",

        "help.deminimis.abstract": "Bagatellmessig støtte til en partner og konsernet den hører til: støtte, tak og rom igjen i EUR.",
        "help.deminimis.partner": "Partneren: id, organisasjonsnummer eller navn.",
        "help.deminimis.position.abstract": "Støtten foretaket har fått i perioden, målt mot taket.",
        "help.deminimis.position.discussion": """
            Før 2024 er perioden regnskapsåret og de to foregående, og taket EUR\u{A0}200\u{A0}000; fra \
            2024 enhver rullerende periode på tre år, EUR\u{A0}300\u{A0}000 (begge er daterte \
            parametere: `mon param show`). Støtte fra andre givere som partneren har oppgitt, teller også.

            Eksempler:
              mon deminimis 923609016
              mon deminimis "Helgeland Industri AS" --at 2023-12-15 --format json
            """,
        "help.deminimis.position.at": "Dagen det regnes for (standard: i dag).",
        "help.deminimis.declare.abstract": "Registrer bagatellmessig støtte partneren har fått fra en annen giver; skriver ut id-en.",
        "help.deminimis.declare.discussion": """
            Eksempel:
              mon deminimis declare 923609016 "500 000" --date 2023-05-02 \\
                  --giver "Innovasjon Norge" --eur-rate 11.6
            """,
        "help.deminimis.declare.amount": "Støtten i kroner.",
        "help.deminimis.declare.date": "Datoen støtten ble gitt.",
        "help.deminimis.declare.giver": "Hvem som ga den.",

        "help.assess.abstract": "Registrer en ny vurdering av et prosjekts ringvirkninger; skriver ut id-en.",
        "help.assess.discussion": """
            Alle vurderinger tas vare på, datert og signert; den siste vurderingen på en dag er \
            den en rangering den dagen bruker. Metoden: docs/ringvirkning.md.

            Eksempel:
              mon assess 7 --date 2024-03-01 --direct-jobs 12 --competence-jobs 4 \\
                  --priority-jobs 5 --sector industry --feasibility 4 \\
                  --attractiveness 3 --green 4 --innovation 3 --visibility 2 \\
                  --collaboration 4 --request "500 000"
            """,
        "help.assess.project": "Prosjektets id.",
        "help.assess.date": "Dagen vurderingen gjelder fra (standard: i dag).",
        "help.assess.direct_jobs": "Nye eller sikrede faste arbeidsplasser (årsverk), {low} til {high}.",
        "help.assess.competence_jobs": "Av disse: arbeidsplasser som krever høyere utdanning.",
        "help.assess.priority_jobs": "Av disse: arbeidsplasser for kvinner eller unge.",
        "help.assess.sector": "industri, kunnskap, reiseliv, primærnæring, \"kreativ næring\", tjenester, offentlig eller annet (eller på engelsk: industry, knowledge, tourism, primary, creative, services, public, other).",
        "help.assess.feasibility": "Realiseringspotensial: hvor sannsynlig det er at prosjektet blir noe av, 0–5.",
        "help.assess.attractiveness": "Bolyst: gjør Vefsn til et sted folk vil bo, 0–5.",
        "help.assess.green": "Grønt skifte, FNs bærekraftsmål, 0–5.",
        "help.assess.innovation": "Innovasjon, FoU, bruk av virkemiddelapparatet, 0–5.",
        "help.assess.visibility": "Regional og nasjonal synlighet, 0–5.",
        "help.assess.collaboration": "Samarbeid mellom bedrifter, kommune og region, 0–5.",
        "help.assess.request": "Det prosjektet trenger fra næringsfondet, i kroner.",

        "help.weights.abstract": "Vektene og sektormultiplikatorene i poengmodellen.",
        "help.weights.show.abstract": "Modellen som gjelder på en dag: vekten til hvert kriterium og multiplikatoren til hver sektor.",
        "help.weights.show.as_of": "Dagen (standard: i dag).",
        "help.weights.set.abstract": "Endre vekter: en ny versjon av modellen; tidligere rangeringer blir stående som de var.",
        "help.weights.set.discussion": """
            Nøkler: jobs (arbeidsplasser), competence (kompetansearbeidsplasser), attractiveness \
            (bolyst), priority (prioriterte grupper), green (grønt skifte), innovation (innovasjon), \
            visibility (synlighet), collaboration (samarbeid). En vekt er {low} til {high}: vektene \
            teller i forhold til hverandre, så 0 til 100 gir alle forhold et styre kunne ønske seg.

            Eksempel:
              mon weights set jobs=30 green=5
            """,
        "help.weights.set.changes": "NØKKEL=VEKT, én eller flere; en vekt er {low} til {high}.",
        "help.weights.set.from": "Første dag de nye vektene gjelder: i dag (standard) eller senere.",

        "help.rank.abstract": "Prosjektene ordnet etter ringvirkningspoeng, med hvert poeng forklart.",
        "help.rank.discussion": """
            Hvert prosjekts siste vurdering, med poeng etter modellen som gjelder den dagen; \
            fullførte og avbrutte prosjekter er utelatt, og det samme er finansierte prosjekter: de \
            som har tilsagn (innvilget minus frigjort minus tilbakebetalt) som alt dekker det de ber om. \
            Hver rad viser hva prosjektet har fått innvilget og utbetalt. Ved lik poengsum går prosjektet med lavest \
            søknadsbeløp foran, deretter lavest id. --sensitivity ganger hver vekt med U(1−S, 1+S), RUNS ganger, \
            og viser hvor stabil hver plassering er. Metoden: docs/ringvirkning.md.

            Eksempler:
              mon rank --top 10 --explain
              mon rank --as-of 2024-06-30 --format json
              mon rank --sensitivity --runs 2000 --spread 0.3 --seed 7 --top 5
            """,
        "help.rank.top": "Bare de N første (med --sensitivity: de N sjansen regnes for), {low} til {high} prosjekter.",
        "help.rank.explain": "Vis hvert kriteriums verdi, poeng, vekt og bidrag, realiseringsfaktoren og sektormultiplikatoren.",
        "help.rank.as_of": "Rangeringen slik den var ved slutten av denne dagen.",
        "help.rank.sensitivity": "Vis hvor stabil hver plassering er når vektene varierer.",
        "help.rank.runs": "Antall kjøringer i følsomhetsanalysen, {low} til {high}; kjøringer × prosjekter høyst 25 millioner.",
        "help.rank.spread": "Hvor mye hver vekt kan flytte seg: 0,2 er ±20\u{A0}%.",
        "help.rank.seed": "Startverdien (seed): samme startverdi gir samme analyse.",
        "help.rank.include_funded": "Ta med de finansierte prosjektene også.",

        "help.select.abstract": "De prosjektene med mest ringvirkning som til sammen får plass i et budsjett — bevist, ikke gjettet.",
        "help.select.discussion": """
            Forgrening og avgrensning over alle vurderte prosjekter som ikke er fullført eller \
            avbrutt; "optimal": true bare når søket har bevist at ingen annen samling gir flere poeng. \
            Finansierte prosjekter er utelatt som i `rank`; et prosjekt som tilsagnene dekker en del av, \
            regnes med resten av det det ber om (gjenstår). \
            --frontier viser beste poengsum ved hvert av STEPS budsjetter opp til --budget.

            Eksempler:
              mon select --budget "5 000 000"
              mon select --budget "5 000 000" --require 3 --exclude 8 --min-area 1=2 3=1
              mon select --budget "10 000 000" --frontier 10
            """,
        "help.select.budget": "Det de valgte prosjektene til sammen kan be om, i kroner (høyst 10\u{A0}000\u{A0}000\u{A0}000).",
        "help.select.require": "Prosjekter som må være med.",
        "help.select.exclude": "Prosjekter som ikke skal være med.",
        "help.select.min_area": "Minst COUNT prosjekter fra satsingsområde N.",
        "help.select.frontier": "Beste poengsum ved så mange budsjetter opp til --budget, {low} til {high} trinn.",
        "help.select.as_of": "Velg blant vurderingene slik de var ved slutten av denne dagen.",
        "help.select.include_funded": "Velg blant de finansierte prosjektene også, hvert med hele beløpet det ber om.",

        "help.report.abstract": "Resultatrapporten til styret: per satsingsområde og mål, rangeringen og fondet.",
        "help.report.discussion": """
            Markdown, eller én selvstendig HTML-side med diagrammer (trenger ikke nett; kan \
            skrives ut på A4). Skrevet på norsk, for styret og kommunestyret.

            Eksempler:
              mon report --year 2024 -o rapport-2024.md
              mon report --format html -o rapport.html
              mon report --year 2026 --format json
            """,
        "help.report.year": "Tilsagn innvilget dette året, slik de sto ved årets slutt, og fondets bevegelser i året.",

        "help.param.abstract": "Reglenes daterte parametere: hver verdi gjelder fra sin dato til den neste.",
        "help.param.show.abstract": "Alle parametere med alle daterte verdier.",
        "help.param.set.abstract": "Gi en parameter en ny verdi fra en dag av; tidligere dager beholder sin.",
        "help.param.set.discussion": """
            Nøkler: {keys}, og multiplier.SECTOR for en sektors sysselsettingsmultiplikator \
            (en ny versjon av poengmodellen).

            Grenser: en multiplikator er {multiplier_low} til {multiplier_high} (publiserte regionale \
            sysselsettingsmultiplikatorer ligger mellom 1 og 3); persons_per_job er {persons_low} til \
            {persons_high} (en husholdning er 1 til 4 personer); eur_rate_min og eur_rate_max er \
            {rate_low} til {rate_high} NOK per EUR (5 og 25 i utgangspunktet: NOK per EUR har ligget \
            mellom 7 og 12); andelene er over 0 og høyst 1.

            Eksempler:
              mon param set intensity_max 0.70 --from 2027-01-01
              mon param set persons_per_job 2.16
              mon param set multiplier.tourism 1.4
            """,
        "help.param.set.key": "Parameteren.",
        "help.param.set.value": "Verdien.",
        "help.param.set.from": "Første dag verdien gjelder: i dag (standard) eller senere.",

        "help.history.abstract": "Alle endringer i dataene: når, hvem, hvilken rad, og verdiene før og etter.",
        "help.history.list.discussion": """
            Spør du etter et prosjekt, vises også endringene i målet, strategien og partnerkoblingene.
            `list` er standard: `mon history` er det samme som `mon history list`.

            Eksempler:
              mon history --table project --id 7
              mon history --since 2024-01-01 --format json
            """,
        "help.history.list.table": "Bare endringer i denne tabellen (se docs/schema.md).",
        "help.history.list.id": "Bare endringer i denne raden (sammen med --table).",
        "help.history.list.since": "Bare endringer fra og med denne dagen.",
        "help.history.verify.abstract": "Kontroller hver historikkrad mot seglet, og nevn den første der innhold eller rekkefølge ikke lenger stemmer.",
        "help.history.verify.discussion": """
            Hver historikkrad har en SHA-256 over raden før og sitt eget innhold \
            (docs/schema.md). Avslutter med status 1, og nevner raden, når en rad er endret, \
            fjernet, satt inn for hånd eller flyttet. Rader skrevet av en annen SQLite-klient \
            forsegles neste gang mon skriver; til da telles de som uforseglede. Hodet er den siste \
            forseglede raden og de første 16 heksadesimale sifrene i hashen, slik styrerapporten viser det.

            Eksempel:
              mon history verify --format json
            """,
    ]
}
