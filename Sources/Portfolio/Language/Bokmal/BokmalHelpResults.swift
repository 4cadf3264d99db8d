extension Catalogue {
    /// `--help` for result record, result list, results og results calibrate.
    static let bokmalHelpResults: KeyValuePairs<Message.Key, String> = [
        "help.result.abstract": "Hva prosjektene oppnådde: arbeidsplasser og mer, registrert mot det som ble anslått.",
        "help.result.discussion": """
            Resultater blir aldri endret eller slettet: en rettelse er et nytt resultat, og det siste \
            etter dato (deretter det sist registrerte) er det som gjelder.

            Eksempler:
              mon result record 7 --date 2026-06-30 --jobs 4,5 --competence-jobs 1 \\
                  --completed
              mon result list 7 --format json
            """,
        "help.result.record.abstract": "Registrer et prosjekts resultat på en dag.",
        "help.result.record.discussion": """
            Arbeidsplasser skrives med desimalkomma eller -punktum; beløp i kroner (1\u{A0}250\u{A0}000 eller \
            1250000,50). --completed markerer prosjektets sluttrapport: kalibreringen bruker bare \
            prosjekter der siste resultat er det. --actor registreres som den som førte resultatet.

            Eksempel:
              mon result record 7 --date 30.06.2026 --jobs 4,5 --priority-jobs 2 \\
                  --private-capital "2 000 000" --completed
            """,
        "help.result.record.project": "Prosjektets nummer.",
        "help.result.record.date": "Dagen resultatet gjelder: 2026-06-30 eller 30.06.2026.",
        "help.result.record.jobs": "Oppnådde faste direkte arbeidsplasser (årsverk), fra {low} til {high}.",
        "help.result.record.competence_jobs": "Av dem, arbeidsplasser som krever høyere utdanning.",
        "help.result.record.priority_jobs": "Av dem, arbeidsplasser for kvinner eller unge.",
        "help.result.record.establishments": "Nye virksomheter etablert, fra {low} til {high}.",
        "help.result.record.private_capital": "Privat kapital prosjektet utløste, i kroner.",
        "help.result.record.other_public": "Andre offentlige midler prosjektet utløste, i kroner.",
        "help.result.record.completed": "Dette er prosjektets sluttrapport.",
        "help.result.record.note": "En merknad til resultatet.",
        "help.result.list.abstract": "Alle resultater registrert for et prosjekt, eldst først; det siste gjelder.",
        "help.result.list.discussion": """
            Eksempel:
              mon result list 7 --format json
            """,
        "help.result.list.project": "Prosjektets nummer.",

        "help.results.abstract": "Hvert prosjekts siste resultat ved siden av anslaget pengene ble innvilget på, summert per mål og sektor.",
        "help.results.discussion": """
            Anslaget er siste vurdering på eller før dagen prosjektets første tilsagn ble innvilget \
            (anslagsgrunnlag: ved tilsagn); et prosjekt uten tilsagn vurdert slik stilles mot sin siste \
            vurdering (siste). Oppnådd ÷ anslått er oppnådde ÷ anslåtte direkte arbeidsplasser, tomt når \
            ingenting ble anslått; summene per mål (hovedmål) og per sektor gir forholdet mellom summene.

            Eksempler:
              mon results
              mon results --goal 1.1 --format json
              mon results --sector industri --format csv
            """,
        "help.results.goal": "Bare prosjekter med dette hovedmålet.",
        "help.results.sector": "Bare prosjekter anslått i denne sektoren.",
        "help.results.plan": "Bare prosjekter som tjener et mål i denne planen, regnet under sitt mål i den.",
        "help.results.calibrate.abstract": "Hva fullførte prosjekter sier om modellens anslag: per sektor og per rådgiver.",
        "help.results.calibrate.discussion": """
            Per sektor: oppnådde ÷ anslåtte direkte arbeidsplasser summert over de fullførte prosjektene, \
            med et 90\u{A0}%-intervall (bootstrap: prosjektene trukket på nytt med tilbakelegging), og \
            multiplikatoren forholdet støtter (modellens multiplikator × forholdet). Per rådgiver: \
            gjennomsnittet av oppnådde − anslåtte direkte arbeidsplasser. Samme frø gir alltid samme \
            intervall. Ingenting endres: sett en ny multiplikator med `mon param set multiplier.SEKTOR VERDI` \
            om du er enig.

            Eksempler:
              mon results calibrate
              mon results calibrate --seed 7 --samples 10000 --format json
            """,
        "help.results.calibrate.seed": "Frøet til trekningen: samme frø gir samme intervall.",
        "help.results.calibrate.samples": "Antall trekninger i bootstrap, fra {low} til {high}.",
    ]
}
