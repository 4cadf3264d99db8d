extension Catalogue {
    /// Rettinger av tilsagn (annullere, gjenopprette, endre), vedtak med hvem som vedtok, og hjelpen til dem.
    static let bokmalCorrections: KeyValuePairs<Message.Key, String> = [
        "grant_status.annulled": "annullert",
        "grant.correction.needs_reason": "en retting lagres med begrunnelsen: oppgi den med --reason",
        "grant.annul.already": "tilsagn {grant} er allerede annullert",
        "grant.annul.paid": "tilsagn {grant} har fått utbetalt {paid}: penger som er flyttet rettes med en tilbakebetaling, ikke ved å annullere tilsagnet",
        "grant.lapse.before_deadline": "fristen for tilsagn {grant} er {deadline}: å la {amount} falle bort {day}, før fristen, er et vedtak; oppgi --reason og --decided-by",
        "grant.reinstate.not_released": "tilsagn {grant} er {status}: bare et bortfalt eller trukket tilsagn kan gjenopprettes",
        "grant.reinstate.before_decision": "gjenopprettingen ({day}) kan ikke komme før vedtaket den opphever ({earliest})",
        "grant.update.nothing": "ingenting å endre: oppgi feltene som skal rettes, som --purpose eller --deadline",
        "grant.update.annulled": "tilsagn {grant} er annullert: et annullert tilsagn endres ikke",
        "grant.update.decided": "tilsagn {grant} er {status}: {field} var en del av søknaden som er avgjort, og kan ikke endres; etter vedtaket kan bare --purpose, --case og en senere --deadline endres",
        "grant.update.deadline_not_open": "tilsagn {grant} er {status}: bare et innvilget tilsagn som fortsatt er åpent har en frist som kan forlenges",
        "grant.update.deadline_earlier": "den nye fristen ({deadline}) er før den gjeldende ({current}): en frist kan bare forlenges",
        "grant.recused.form": "--recused \"{text}\": skriv medlemmet og grunnen som \"NAVN: grunn\"",
        "decider.exists": "{name} står allerede på listen over vedtaksorgan",
        "decider.unknown": "{name} står ikke på listen over vedtaksorgan ({known}): legg det til med `mon decider add`",
        "text.what.recused_name": "en inhabil",
        "text.what.recused_grounds": "grunnen til inhabiliteten",
        "text.what.reason": "begrunnelsen",
        "text.what.purpose": "formålet",
        "text.what.case": "saksnummeret",
        "text.what.decider": "vedtaksorganet",

        "header.decided_by": "vedtatt av",
        "header.decision_case": "vedtakssak",
        "header.registered_at": "registrert",
        "header.correction_note": "begrunnelse for retting",
        "header.grounds": "grunn",
        "header.decision": "vedtak",
        "header.reason": "begrunnelse",
        "header.recused": "inhabile",
        "section.decisions": "Vedtak",
        "label.approved": "innvilget",
        "label.rejected": "avslått",
        "label.lapsed": "bortfalt",
        "label.withdrawn": "trukket",
        "label.reinstated": "gjenopprettet",
        "section.recused": "Inhabile",

        "help.decision.decided_by": "Hvem som vedtok: ett av `mon decider list` (styret, daglig leder, administrasjonen, formannskapet …).",
        "help.decision.recused": "Et medlem som fratrådte på grunn av inhabilitet, som \"NAVN: grunn\"; gjenta for hvert.",
        "help.decision.case": "Saks- eller møtenummeret for vedtaket (saksnummer).",
        "help.grant.annul.abstract": "Annuller et tilsagn registrert ved en feil: det går ut av alle tall og vises som annullert.",
        "help.grant.annul.discussion": """
            Bare før noen utbetaling; --reason er påkrevd og lagres i historikken.

            Eksempel:
              mon grant annul 12 --reason "Registrert på feil søker"
            """,
        "help.grant.annul.reason": "Hvorfor det ble registrert ved en feil (påkrevd).",
        "help.grant.reinstate.abstract": "Opphev et bortfall eller en tilbaketrekking registrert ved en feil.",
        "help.grant.reinstate.discussion": """
            Den ubetalte resten bindes igjen som om den aldri var frigjort: avvist med mindre fondet \
            dekker den fra dagen den ble frigjort og hver dag etter. --reason er påkrevd.

            Eksempel:
              mon grant reinstate 2 --date 2026-11-02 --reason "Bortfalt på feil tilsagn" \\
                  --decided-by "daglig leder"
            """,
        "help.grant.reinstate.reason": "Hvorfor bortfallet eller tilbaketrekkingen var feil (påkrevd).",
        "help.grant.update.abstract": "Rett søknadsfeltene i et tilsagn før det er avgjort; etter vedtaket bare formål, sak og en senere frist.",
        "help.grant.update.discussion": """
            --reason er påkrevd og lagres i historikken.

            Eksempler:
              mon grant update 12 --amount "350 000" --total-cost "900 000" \\
                  --reason "Feil beløp i søknaden"
              mon grant update 12 --deadline 2026-12-31 --reason "Forlenget frist, PS 14/26"
            """,
        "help.grant.update.amount": "Søkt beløp, i kroner.",
        "help.grant.update.total_cost": "Prosjektets totale kostnad, i kroner.",
        "help.grant.update.applicant": "Søkeren: en partners id, organisasjonsnummer eller navn.",
        "help.grant.update.project": "Prosjektet tilsagnet gjelder.",
        "help.grant.update.basis": "de-minimis, gber, purchase eller not-aid.",
        "help.grant.update.received": "Dagen søknaden kom inn.",
        "help.grant.update.purpose": "Hva pengene skal brukes til.",
        "help.grant.update.deadline": "En senere frist for et innvilget tilsagn.",
        "help.grant.update.reason": "Hvorfor feltene rettes (påkrevd).",
        "help.grant.withdraw.reason": "Hvorfor det ble trukket.",
        "help.grant.lapse.reason": "Hvorfor det faller bort; påkrevd, med --decided-by, før fristen.",
        "help.grant.close.reason": "En merknad til avslutningen.",
        "help.decider.abstract": "Hvem som kan oppgis som vedtaksorgan (--decided-by).",
        "help.decider.discussion": """
            Eksempler:
              mon decider list
              mon decider add arbeidsutvalget
            """,
        "help.decider.list.abstract": "Vis hvem som kan oppgis med --decided-by.",
        "help.decider.add.abstract": "Legg til et vedtaksorgan.",
        "help.decider.add.discussion": "Eksempel:\n  mon decider add arbeidsutvalget",
        "help.decider.add.name": "Navnet på vedtaksorganet, som arbeidsutvalget.",
    ]
}
