extension Catalogue {
    /// `--help` av mon selv, de felles valgene, og av demo, init, plan, partner,
    /// project, fund, import, export, backup, doctor og sql. Eksemplene er de samme
    /// kommandoene på begge språk; verdier brukeren skriver kan gis på begge.
    static let bokmalHelpOne: KeyValuePairs<Message.Key, String> = [
        "help.mon.abstract": "Prosjektporteføljen og næringsfondet til Mosjøen og Omegn Næringsselskap (MON).",
        "help.mon.discussion": """
            Én SQLite-fil rommer Vefsns strategiske næringsplan, prosjektene som gjennomfører \
            den, partnerne deres og hvert tilsagn fra det kommunale næringsfondet.

            Hjelp, meldinger og tabeller er på bokmål når LANG, LC_ALL eller LC_MESSAGES \
            begynner med nb, nn eller no, eller med MON_LANG=nb; ellers på engelsk (MON_LANG=en).

            Eksempler:
              mon demo
              mon plan show --format json
              mon sql "SELECT code, title FROM goal WHERE code = :c" --param c=2.5
            """,

        "help.global.db": "Databasefilen.",
        "help.global.db.discussion": """
            Standard: $MON_DB, ellers $XDG_DATA_HOME/mon/mon.sqlite (~/.local/share/mon/mon.sqlite). \
            Bare `mon init` og `mon demo --db` oppretter den.
            """,
        "help.global.actor": "Hvem som gjør endringen, slik historikken fører den.",
        "help.global.actor.discussion": "Standard: $MON_ACTOR, ellers brukernavnet ditt.",
        "help.output.format": "Utdataformat: table, json, csv eller markdown.",
        "help.output.file": "Skriv til denne filen i stedet for til standard utdata.",
        "help.output.force": "Erstatt -o-filen hvis den finnes fra før.",

        "help.demo.abstract": "Last inn planen og en eksempelportefølje for MON, og vis rangeringen og fondet.",
        "help.demo.discussion": """
            I minnet, med mindre --db angir en ny fil; den beholder da eksempelet, så du \
            kan utforske det med alle de andre kommandoene.

            --synthetic lager i stedet en stor, oppdiktet portefølje ut fra et frø, for å \
            måle mon i regional eller nasjonal skala; samme frø gir samme data.

            Eksempler:
              mon demo
              mon demo --db demo.sqlite && mon --db demo.sqlite select --budget "3 000 000"
              mon demo --synthetic --projects 20000 --grants 200000 --seed 1 \\
                  --db region.sqlite
            """,
        "help.demo.synthetic": "Lag en stor, oppdiktet portefølje i stedet for eksempelet.",
        "help.demo.projects": "Antall prosjekter som lages (med --synthetic), {low} til {high}.",
        "help.demo.grants": "Antall tilsagn som lages (med --synthetic), {low} til {high}.",
        "help.demo.seed": "Frøet de oppdiktede dataene lages fra.",

        "help.init.abstract": "Opprett databasen, eller oppgrader den til skjemaet i denne versjonen av mon.",
        "help.init.discussion": """
            Bare `init` (og `demo --db`) oppretter en database: alle andre kommandoer \
            avviser en sti der det ikke finnes noen, så en feilskrevet --db kan ikke lage en \
            tom database. Filen merkes som mons egen (PRAGMA application_id 0x4D4F4E31, "MON1"); \
            en SQLite-fil fra et annet program avvises og blir stående som den var.

            Eksempel:
              mon init --db mon.sqlite
            """,

        "help.plan.abstract": "Den strategiske næringsplanen: satsingsområder, mål og strategier.",
        "help.plan.show.abstract": "Vis planen, med hvor mange prosjekter som bidrar til hvert mål og hver strategi.",
        "help.plan.show.discussion": """
            Eksempler:
              mon plan show
              mon plan show --format json
            """,
        "help.plan.coverage.abstract": "Mål og strategier i planen som ingen planlagte eller aktive prosjekter bidrar til.",
        "help.plan.coverage.discussion": """
            Eksempel:
              mon plan coverage --format markdown
            """,

        "help.new_name": "Et nytt navn.",
        "help.partner.which": "Partneren: id, organisasjonsnummer eller navn.",
        "help.partner.abstract": "Bedrifter, offentlige aktører, forskning, foreninger og virkemiddelaktører.",
        "help.partner.orgnr": "Organisasjonsnummer: 9 siffer med gyldig kontrollsiffer (mellomrom er tillatt).",
        "help.partner.kind": "bedrift (company), offentlig (public), forskning (research), forening (association) eller virkemiddelaktør (funding).",
        "help.partner.municipality": "Kommunen den er registrert i (Vefsn for lokale bedrifter).",
        "help.partner.group": "Konsernet den hører til: selskapene i et konsern regnes som ett foretak i statsstøttereglene.",
        "help.partner.add.abstract": "Registrer en partner; skriver ut id-en.",
        "help.partner.add.discussion": """
            Eksempel:
              mon partner add "Vefsn kommune" --orgnr "974 760 673" --kind public \\
                  --municipality Vefsn
            """,
        "help.partner.add.name": "Partnerens navn.",
        "help.partner.update.abstract": "Endre en partners navn, organisasjonsnummer, type, kommune eller konsern.",
        "help.partner.update.discussion": """
            En tom verdi fjerner --orgnr, --municipality eller --group.

            Eksempel:
              mon partner update 974760673 --municipality Vefsn \\
                  --group "Vefsn kommune-konsernet"
            """,
        "help.partner.list.abstract": "List opp partnere etter navn.",
        "help.partner.list.discussion": """
            Eksempel:
              mon partner list --kind company --format csv
            """,
        "help.partner.list.kind": "Bare partnere av denne typen.",
        "help.partner.list.group": "Bare partnere i dette konsernet.",
        "help.partner.show.abstract": "Vis en partner, konsernet den hører til og rollene den har i prosjekter.",
        "help.partner.show.discussion": """
            Eksempel:
              mon partner show "974 760 673"
            """,

        "help.project.id": "Prosjektets id.",
        "help.project.abstract": "Prosjekter: hva de er, hvilke mål de bidrar til, hvor de står, og hvem som deltar.",
        "help.project.goal": "Målene det bidrar til (`1.1 2.4`), hovedmålet først.",
        "help.project.strategy": "Strategiene det bidrar til (`1.1a`); hver strategi tar med seg målet sitt.",
        "help.project.start": "Startdato (15.03.2024 eller 2024-03-15).",
        "help.project.end": "Sluttdato, ikke før startdatoen.",
        "help.project.budget": "Budsjett i kroner (1\u{A0}250\u{A0}000 eller 1250000,50).",
        "help.project.responsible": "Den ansvarlige personen.",
        "help.project.description": "Hva prosjektet gjør.",
        "help.project.add.abstract": "Registrer et prosjekt; skriver ut id-en.",
        "help.project.add.discussion": """
            Et prosjekt bidrar til minst ett mål i planen; den første --goal er hovedmålet.

            Eksempel:
              mon project add "Mulighetsanalyse Vefsn ByLab" --goal 3.4 3.3 \\
                  --strategy 3.4a --status planned --start 2022-01-10 \\
                  --budget "450 000" --responsible "Kari Nordmann"
            """,
        "help.project.add.name": "Prosjektets navn.",
        "help.project.add.status": "idé (idea, standard), planlagt (planned), aktiv (active), fullført (completed) eller avbrutt (cancelled).",
        "help.project.update.abstract": "Endre et prosjekts navn, mål, strategier, datoer, budsjett, ansvarlig eller beskrivelse.",
        "help.project.update.discussion": """
            --goal og --strategy erstatter listene; en tom verdi fjerner --start, --end, --budget, \
            --responsible eller --description. Statusen endres med `mon project status`.

            Eksempel:
              mon project update 7 --end 2025-06-30 --budget "1 200 000"
            """,
        "help.project.status.abstract": "Flytt et prosjekt videre fra idé → planlagt → aktiv → fullført, eller til avbrutt.",
        "help.project.status.discussion": """
            Et steg kan hoppes over; ingenting flyttes tilbake, og ingenting forlater fullført eller avbrutt.

            Eksempel:
              mon project status 7 active --note "Finansiering på plass"
            """,
        "help.project.status.status": "planlagt (planned), aktiv (active), fullført (completed) eller avbrutt (cancelled).",
        "help.project.status.note": "Hvorfor; tas vare på i historikken.",
        "help.project.partner.abstract": "Gi en partner en rolle i et prosjekt, eventuelt med et bidrag.",
        "help.project.partner.discussion": """
            Gis samme rolle på nytt, endres bidraget.

            Eksempel:
              mon project partner 7 "974 760 673" --role funder --contribution "200 000"
            """,
        "help.project.partner.role": "eier (owner), partner, finansiør (funder) eller leverandør (supplier).",
        "help.project.partner.contribution": "Hva partneren bidrar med, i kroner.",
        "help.project.list.abstract": "List opp prosjekter, etter status, mål eller satsingsområde.",
        "help.project.list.discussion": """
            Eksempler:
              mon project list --status active
              mon project list --goal 2.4 --format json
              mon project list --area 3
            """,
        "help.project.list.status": "Bare prosjekter med denne statusen.",
        "help.project.list.goal": "Bare prosjekter som bidrar til dette målet (`2.4`).",
        "help.project.list.area": "Bare prosjekter der hovedmålet ligger i dette satsingsområdet (1–3).",
        "help.project.show.abstract": "Vis et prosjekt med mål, strategier og partnere.",
        "help.project.show.discussion": """
            Eksempel:
              mon project show 7 --format json
            """,

        "help.fund.abstract": "Næringsfondet: fondene, de årlige bevilgningene og hvor pengene står.",
        "help.fund.add.abstract": "Legg til et fond ved siden av Kommunalt næringsfond; skriver ut id-en.",
        "help.fund.add.discussion": """
            Eksempel:
              mon fund add "Covid-fond" --description "Kompensasjonsmidler 2020–2021"
            """,
        "help.fund.add.name": "Fondets navn.",
        "help.fund.add.description": "Hva fondet skal brukes til.",
        "help.fund.allocate.abstract": "Før inn penger kommunestyret har bevilget til et fond for et år; skriver ut id-en.",
        "help.fund.allocate.discussion": """
            Eksempel:
              mon fund allocate --year 2024 "3 000 000" --reference "KS-sak 45/23"
            """,
        "help.fund.allocate.fund": "Fondet (standard: Kommunalt næringsfond).",
        "help.fund.allocate.year": "Året pengene gjelder.",
        "help.fund.allocate.amount": "Beløpet i kroner.",
        "help.fund.allocate.reference": "Kommunestyrets vedtak (sak) eller en annen referanse.",
        "help.fund.status.abstract": "Tildelt, bundet, utbetalt, tilbakeført og disponibelt, per fond.",
        "help.fund.status.discussion": """
            disponibelt + bundet + utbetalt = tildelt, alltid. Med --year vises fondet slik \
            det stod ved utgangen av det året (bevilgninger til og med det året, og hvert \
            tilsagn, hver utbetaling, tilbakebetaling og frigjøring til og med 31. desember); \
            uten --year vises alt som er ført.

            Eksempler:
              mon fund status
              mon fund status --year 2023 --format json
            """,
        "help.fund.status.fund": "Bare dette fondet.",
        "help.fund.status.year": "Slik det stod ved utgangen av dette året.",
        "help.fund.list.abstract": "List opp fondene.",

        "help.import.abstract": "Importer prosjekter, partnere eller tilsagn fra en CSV-fil, alt eller ingenting.",
        "help.import.discussion": """
            Filen er UTF-8 med en overskriftsrad, skilt med , eller ; (slik norsk Excel \
            lagrer den). Er én rad feil, importeres ingenting; feilmeldingen oppgir linje og \
            kolonne. Kolonnene står i README; `mon export projects` skriver en fil som denne leser.

            Eksempler:
              mon import partners partnere.csv --dry-run
              mon import projects prosjekter.csv
              mon import grants tilsagn.csv
            """,
        "help.import.kind": "Hva filen inneholder: projects (prosjekter), partners (partnere) eller grants (tilsagn).",
        "help.import.file": "CSV-filen.",
        "help.import.dry_run": "Kontroller hver rad mot hver regel, og skriv så ingenting.",
        "help.export.abstract": "Eksporter prosjekter, partnere eller en hvilken som helst tabell eller visning som CSV eller Excel-arbeidsbok.",
        "help.export.discussion": """
            `projects` og `partners` skrives i den formen `mon import` leser inn igjen; \
            ethvert annet navn er en tabell eller visning i docs/schema.md, skrevet som den \
            er. Tekst som et regneark ville kjørt som en formel (=, +, -, @), skrives med en \
            innledende '; med --excel gjelder det også tekst regnearket ville lest som et \
            tall eller en dato (mål 1.1, et organisasjonsnummer), så den forblir tekst.

            --xlsx skriver en arbeidsbok med typede celler: beløp som tall i kroner, datoer \
            som datoer, koder som tekst, overskrifter på leserens språk (bokmål med norsk \
            locale), og i grants søkerens navn ved siden av id-en. Krever -o.

            Eksempler:
              mon export projects -o prosjekter.csv
              mon export grant --excel -o tilsagn.csv --force
              mon export grants --xlsx -o tilsagn.xlsx
            """,
        "help.export.name": "projects, partners, eller navnet på en tabell eller visning.",
        "help.export.excel": "For norsk Excel: ; som skilletegn, UTF-8 med BOM (byte-order mark), desimalkomma.",
        "help.export.xlsx": "En Excel-arbeidsbok (.xlsx) med typede celler, skrevet til -o-filen.",

        "help.backup.abstract": "Skriv en konsistent kopi av databasen til en ny fil, mens andre kan skrive.",
        "help.backup.discussion": """
            Kopien skrives til en midlertidig fil ved siden av FILE og dukker opp under \
            sitt navn først når den er hel: full disk eller et avbrutt program etterlater \
            ingen halv sikkerhetskopi.

            Eksempel:
              mon backup mon-2024-12-31.sqlite
            """,
        "help.backup.file": "Den nye filen; en fil som finnes fra før, databasen og dens -wal- og -shm-fil blir aldri overskrevet.",

        "help.doctor.abstract": "Kontroller databasen: integritet, fremmednøkler, migreringer, skjema, historikkens segl og fond.",
        "help.doctor.discussion": """
            Navngir hver trigger, indeks og visning som ikke er slik migreringene laget den \
            (slettet, endret eller lagt til for hånd), den første historikkraden som ikke \
            lenger stemmer med seglet sitt (slik `mon history verify` gjør), og hvert fond \
            der tallene ikke går opp. Leser bare. Avslutter med status 1 når en kontroll feiler.

            Eksempel:
              mon doctor --format json
            """,

        "help.sql.abstract": "Kjør én SQL-spørring som bare leser databasen.",
        "help.sql.discussion": """
            Databasen åpnes skrivebeskyttet, og spørringen kan bare lese: en setning som \
            ville skrevet, ATTACH, en pragma som setter noe og funksjoner som når utenfor \
            databasen, avvises, og filen blir stående som den var. Radene skrives ut etter \
            hvert som de leses, tusen om gangen (i tabellformat justeres hvert tusen for seg), \
            så et stort resultat krever ikke mye minne. Spørringen stoppes ved --timeout \
            eller Ctrl-C, med status 1. Tabeller og visninger: docs/schema.md.

            Eksempler:
              mon sql "SELECT code, title FROM goal WHERE code = :c" --param c=2.5
              mon sql "SELECT status, count(*) AS n FROM project GROUP BY status" \\
                  --format csv
              mon sql "SELECT * FROM history" --timeout 600 --format json > history.json
            """,
        "help.sql.query": "Én SQL-setning som bare leser.",
        "help.sql.param": "En navngitt parameter, bundet til :KEY i spørringen.",
        "help.sql.timeout": "Stopp spørringen etter så mange sekunder (1 til 86\u{A0}400).",
    ]
}
