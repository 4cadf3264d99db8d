extension Catalogue {
    /// Places in a file, and the words for every value a person chooses: statuses, kinds, roles, sectors, bases, criteria.
    static let bokmalWords: KeyValuePairs<Message.Key, String> = [
        "place.line": "linje {line}",
        "place.column": "kolonne {column}",
        "usage.did_you_mean": "'{word}' er ikke en kommando under {command}; mente du '{suggestion}'?",
        "choice.unknown": "'{text}' er ikke gyldig som {noun}; bruk en av {values}",

        "project_status.noun": "prosjektstatus",
        "project_status.idea": "idé",
        "project_status.planned": "planlagt",
        "project_status.active": "aktiv",
        "project_status.completed": "fullført",
        "project_status.cancelled": "avbrutt",

        "partner_kind.noun": "partnertype",
        "partner_kind.company": "bedrift",
        "partner_kind.public": "offentlig",
        "partner_kind.research": "forskning og utdanning",
        "partner_kind.association": "forening",
        "partner_kind.funding": "virkemiddelaktør",

        "role.noun": "rolle",
        "role.owner": "eier",
        "role.partner": "partner",
        "role.funder": "finansiør",
        "role.supplier": "leverandør",

        "sector.noun": "sektor",
        "sector.industry": "industri",
        "sector.knowledge": "kunnskap",
        "sector.tourism": "reiseliv",
        "sector.primary": "primærnæring",
        "sector.creative": "kreativ næring",
        "sector.services": "tjenester",
        "sector.public": "offentlig",
        "sector.other": "annet",

        "aid_basis.noun": "støttegrunnlag",
        "aid_basis.de-minimis": "bagatellmessig støtte",
        "aid_basis.gber": "gruppeunntak (GBER)",
        "aid_basis.purchase": "kjøp",
        "aid_basis.not-aid": "ikke offentlig støtte",

        "criterion.noun": "kriterium",
        "criterion.jobs": "arbeidsplasser",
        "criterion.competence": "kompetansearbeidsplasser",
        "criterion.attractiveness": "bolyst",
        "criterion.priority": "prioriterte grupper",
        "criterion.green": "grønt skifte",
        "criterion.innovation": "innovasjon",
        "criterion.visibility": "synlighet",
        "criterion.collaboration": "samarbeid",

        "parameter.noun": "parameter",

        "grant_status.noun": "tilsagnsstatus",
        "grant_status.applied": "søkt",
        "grant_status.approved": "innvilget",
        "grant_status.paid": "utbetalt",
        "grant_status.closed": "avsluttet",
        "grant_status.rejected": "avslått",
        "grant_status.withdrawn": "trukket",
        "grant_status.lapsed": "bortfalt",
        "grant_status.repaid": "tilbakebetalt",

    ]
}
