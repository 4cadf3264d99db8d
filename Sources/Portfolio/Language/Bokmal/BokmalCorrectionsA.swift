extension Catalogue {
    /// Corrections of allocations, partners and projects: annulling, merging, removing, putting on hold.
    static let bokmalCorrectionsA: KeyValuePairs<Message.Key, String> = [
        "text.what.correction_reason": "begrunnelsen",
        "correction.reason_empty": "en rettelse trenger en begrunnelse: si hvorfor med --reason",
        "allocation.not_found": "bevilgning {id} finnes ikke; `mon fund allocation list` viser dem",
        "allocation.already_annulled": "bevilgning {id} er allerede annullert",
        "allocation.annul_uncovered": "bevilgning {id} kan ikke annulleres: uten dens {amount} ville {fund} ha {available} disponibelt {day}, for lite til tilsagn {grant} som ble innvilget den dagen",
        "allocation.duplicate": "bevilgning {id} gir allerede {fund} {amount} for {year} med samme referanse; legg til --again for å bevilge det samme én gang til med vilje",
        "project.on_hold_needs_reason": "prosjekt {project} går tilbake fra {from} til {to} (satt på vent) bare med en begrunnelse: legg til --reason",
        "project.note_or_reason": "oppgi --reason eller --note, ikke begge: de er samme merknad",
        "project.partner_lacks_role": "partner {partner} er ikke {role} i prosjekt {project}; `mon project show {project}` viser partnerne",
        "project.partner_has_no_role": "partner {partner} har ingen rolle i prosjekt {project}; `mon project show {project}` viser partnerne",
        "project.remove_takes_no_contribution": "--remove tar ingen --contribution: den fjerner rollen",
        "project.partner_needs_role": "oppgi partnerens rolle med --role (owner, partner, funder eller supplier), eller fjern den med --remove",
        "partner.merged": "partner {partner} er slått sammen med partner {kept}; bruk partner {kept}",
        "partner.merge_same": "partner {partner} kan ikke slås sammen med seg selv",
        "partner.merge_groups_differ": "partner {keep} er i konsernet {keep_group} og partner {duplicate} i {duplicate_group}: legg dem i samme konsern med `mon partner update` før sammenslåingen",
        "partner.merge_roles_differ": "partnerne {keep} og {duplicate} er begge med i prosjekt {project}, som {keep_roles} og som {duplicate_roles}: fjern den gale rollen med `mon project partner {project} PARTNER --role ROLLE --remove` før sammenslåingen",
        "header.allocation_reference": "referanse",
        "header.allocation_annulled": "annullert",
        "header.allocation_annul_reason": "hvorfor annullert",
        "header.merged_into": "slått sammen med",
        "header.merge_reason": "hvorfor sammenslått",
        "help.fund.allocation.abstract": "Kommunestyrets bevilgninger: vis dem, annuller en som ble registrert ved en feil.",
        "help.fund.allocation.list.abstract": "Vis bevilgningene med id, de annullerte merket.",
        "help.fund.allocation.list.discussion": """
            Eksempler:
              mon fund allocation list
              mon fund allocation list --fund "Kommunalt næringsfond" --year 2024 \\
                  --format json
            """,
        "help.fund.allocation.list.fund": "Bare bevilgningene til dette fondet.",
        "help.fund.allocation.list.year": "Bare bevilgningene for dette året.",
        "help.fund.allocation.annul.abstract": "Annuller en bevilgning registrert ved en feil: den blir stående, merket, og teller ikke i noe tall.",
        "help.fund.allocation.annul.discussion": """
            Avvises når fondet da ikke ville dekke det som er innvilget en dag fra 1. januar i \
            bevilgningens år og framover; avvisningen nevner det første tilsagnet som ikke blir dekket.

            Eksempel:
              mon fund allocation annul 4 --reason "Registrert to ganger"
            """,
        "help.fund.allocation.annul.id": "Bevilgningens id (`mon fund allocation list` viser den).",
        "help.correction.reason": "Hvorfor; tas vare på i historikken.",
        "help.fund.allocate.again": "Bevilg med vilje én gang til det en eksisterende bevilgning gir (samme fond, år, beløp og referanse).",
        "help.partner.merge.abstract": "Slå sammen en dublett med partneren som beholdes.",
        "help.partner.merge.discussion": """
            Alle dublettens tilsagn, prosjektroller, de minimis-erklæringer og konsernmedlemskap flyttes \
            til partneren som beholdes, som også får dens organisasjonsnummer og konsern når den ikke \
            har dem. Dubletten blir stående, pensjonert: `partner list` utelater den, `partner show` viser \
            hvem den er slått sammen med og hvorfor, og navnet finner partneren som beholdes.

            Eksempel:
              mon partner merge 974760673 7 --reason "Registrert to ganger"
            """,
        "help.partner.merge.keep": "Partneren som beholdes: id, organisasjonsnummer eller navn.",
        "help.partner.merge.duplicate": "Dubletten: id, organisasjonsnummer eller navn.",
        "help.project.status.reason": "Hvorfor (det samme som --note); kreves for å sette et aktivt prosjekt tilbake til planlagt, på vent.",
        "help.project.partner.remove": "Fjern partnerens rolle: den --role angir, eller alle rollene den har i prosjektet.",
    ]
}
