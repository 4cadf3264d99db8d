extension Catalogue {
    /// Planer side om side: planfilen (YAML), import og eksport, `plan list`, gjeldende og utløpt.
    static let bokmalPlans: KeyValuePairs<Message.Key, String> = [
        "plan.period_over": "ingen plan gjelder {day}: dette er den nyeste, {name}, og perioden dens endte i {last}",
        "plan.file.kind": "en planfil (YAML)",
        "plan.file.too_large": "planfilen er større enn {most}; en plan tar noen titalls kilobyte",
        "plan.file.not_utf8": "planfilen er ikke UTF-8-tekst",
        "plan.file.too_deep": "klammer ligger mer enn {most} nivåer inni hverandre her; en plan trenger to eller tre",
        "plan.file.duplicate_key": "en nøkkel står to ganger i samme del: {keys}",
        "plan.file.not_yaml": "dette er ikke YAML som kan leses: se etter et manglende mellomrom etter kolon, et anførselstegn som ikke er lukket, eller feil innrykk",
        "plan.file.empty": "planfilen er tom",
        "plan.file.too_many_parts": "planfilen har mer enn {most} nøkler, verdier og elementer når aliasene (*navn) er lest ut; en plan har noen hundre",
        "plan.file.not_mapping": "her hører nøkler med verdier hjemme (title: …)",
        "plan.file.unknown_key": "ukjent nøkkel «{key}»; nøklene her er {keys}",
        "plan.file.key_twice": "nøkkelen «{key}» står to ganger",
        "plan.file.key_missing": "nøkkelen «{key}» mangler",
        "plan.file.not_text": "«{key}» må være én verdi, ikke en liste eller nøkler",
        "plan.file.not_integer": "«{key}» må være et heltall",
        "plan.file.not_number": "«{key}» må være et tall, som 13278 eller 1.5",
        "plan.file.not_list": "«{key}» må være en liste (linjer som begynner med -)",
        "plan.file.too_many": "«{key}» har mer enn {most} elementer",
        "plan.file.no_areas": "planen har ingen satsingsområder; oppgi dem under focus_areas",
        "plan.file.value_kind": "en indikatorverdi er observed eller projected, ikke «{kind}»",
        "plan.file.name_taken": "en plan med navnet «{name}» finnes allerede i databasen; planer står side om side under hvert sitt navn (gi et annet med --title)",
        "plan.file.period_backwards": "perioden slutter i {last}, før den begynner i {first}",
        "plan.file.area_twice": "satsingsområde {number} står to ganger",
        "plan.file.goal_code_form": "«{code}» er ingen målkode; skriv satsingsområdets nummer, punktum og målets nummer, som 1.1",
        "plan.file.goal_outside_area": "mål {code} står under satsingsområde {area}; et måls kode begynner med satsingsområdets nummer",
        "plan.file.goal_twice": "mål {code} står to ganger i planen",
        "plan.file.strategy_code_form": "«{code}» er ingen strategikode under mål {goal}; skriv målets kode og én bokstav, som {goal}a",
        "plan.file.strategy_twice": "strategi {code} står to ganger",
        "plan.file.indicator_key_form": "«{key}» er ingen indikatornøkkel; bruk små bokstaver a–z, sifre og _, og begynn med en bokstav",
        "plan.file.indicator_twice": "indikatoren «{key}» står to ganger i planen",
        "plan.file.target_before_baseline": "indikatoren «{key}» har målåret før utgangsåret",
        "plan.file.value_twice": "indikatoren «{key}» har to verdier av samme slag for {year}",
        "bound.plan_year": "et år må være fra {low} til {high}, ikke {value}",
        "bound.focus_area_number": "et satsingsområdes nummer må være fra {low} til {high}, ikke {value}",
        "bound.indicator_value": "en indikators verdi må være fra {low} til {high}, ikke {value}",
        "text.what.plan": "planens tittel",
        "text.what.focus_area": "et satsingsområdes tittel",
        "text.what.goal": "et måls tittel",
        "text.what.strategy": "en strategis tekst",
        "text.what.indicator": "en indikators navn",
        "text.what.unit": "en indikators enhet",
        "text.what.source": "en verdis kilde",
        "text.what.slogan": "slagordet",
        "text.what.vision": "visjonen",
        "header.adopted": "vedtatt",
        "header.period": "periode",
        "header.current": "gjeldende",
        "header.over": "utløpt",
        "header.goal": "mål",
        "header.baseline": "utgangsverdi",
        "header.baseline_year": "utgangsår",
        "header.target": "målverdi",
        "header.target_year": "målår",
        "help.plan.import.abstract": "Legg til en plan fra en YAML-fil, ved siden av planene som finnes.",
        "help.plan.import.discussion": """
            Filen gir planens tittel, kommune, første og siste år, vedtaksdato, satsingsområder med \
            mål og strategier, og indikatorer med utgangsverdi og målverdi; docs/plan-format.md viser \
            en. Planen legges til hel eller ikke i det hele tatt: én feil, og ingenting skrives, og \
            feilen nevner linjen. Tidligere planer blir som de var, og det gjør målene til prosjektene \
            deres også. En plan med en tittel som finnes fra før avvises; --title gir den nye en annen.

            Eksempler:
              mon plan import naeringsplan-2025-2028.yaml
              mon plan import plan-2021-2024.yaml --title "Kopi av planen"
            """,
        "help.plan.import.file": "Planfilen (YAML).",
        "help.plan.import.title": "Lagre planen under denne tittelen i stedet for filens.",
        "help.plan.export.abstract": "Skriv en plan som YAML, i formatet `mon plan import` leser.",
        "help.plan.export.discussion": """
            Uten --plan: den gjeldende planen, den nyeste som har perioden sin rundt i dag, ellers den nyeste.

            Eksempler:
              mon plan export -o naeringsplan.yaml
              mon plan export --plan 1 -o naeringsplan-2021-2024.yaml --force
            """,
        "help.plan.export.plan": "Planens id (standard: den gjeldende planen).",
        "help.plan.list.abstract": "Vis planene: periode, vedtak, hvilken som gjelder og hvilke som er utløpt.",
        "help.plan.list.discussion": """
            Den gjeldende planen er den nyeste som har dagen i perioden sin; når ingen har det, den \
            nyeste. Målkoder (`--goal 1.1`) viser til mål i den gjeldende planen.

            Eksempler:
              mon plan list
              mon plan list --as-of 2026-11-27 --format json
            """,
        "help.plan.as_of": "Dagen det vurderes etter (standard: i dag).",
        "help.plan.show.plan": "Planens id (standard: den gjeldende planen).",
        "help.plan.coverage.plan": "Planens id (standard: den gjeldende planen).",
        "help.project.update.plan": "Mål og strategier som oppgis, er denne planens (standard: den gjeldende planen); prosjektet beholder målene sine i andre planer.",
    ]
}
