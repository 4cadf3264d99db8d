extension Catalogue {
    /// Places in a file, and the words for every value a person chooses: statuses, kinds, roles, sectors, bases, criteria.
    static let englishWords: KeyValuePairs<Message.Key, String> = [
        "place.line": "line {line}",
        "place.column": "column {column}",
        "usage.did_you_mean": "'{word}' is not a command of {command}; did you mean '{suggestion}'?",
        "choice.unknown": "'{text}' is not a {noun}; use one of {values}",

        "project_status.noun": "project status",
        "project_status.idea": "idea",
        "project_status.planned": "planned",
        "project_status.active": "active",
        "project_status.completed": "completed",
        "project_status.cancelled": "cancelled",

        "partner_kind.noun": "partner kind",
        "partner_kind.company": "company",
        "partner_kind.public": "public",
        "partner_kind.research": "research",
        "partner_kind.association": "association",
        "partner_kind.funding": "funding",

        "role.noun": "role",
        "role.owner": "owner",
        "role.partner": "partner",
        "role.funder": "funder",
        "role.supplier": "supplier",

        "sector.noun": "sector",
        "sector.industry": "industry",
        "sector.knowledge": "knowledge",
        "sector.tourism": "tourism",
        "sector.primary": "primary",
        "sector.creative": "creative",
        "sector.services": "services",
        "sector.public": "public",
        "sector.other": "other",

        "aid_basis.noun": "basis of aid",
        "aid_basis.de-minimis": "de-minimis",
        "aid_basis.gber": "gber",
        "aid_basis.purchase": "purchase",
        "aid_basis.not-aid": "not-aid",

        "criterion.noun": "criterion",
        "criterion.jobs": "jobs",
        "criterion.competence": "competence",
        "criterion.attractiveness": "attractiveness",
        "criterion.priority": "priority",
        "criterion.green": "green",
        "criterion.innovation": "innovation",
        "criterion.visibility": "visibility",
        "criterion.collaboration": "collaboration",

        "parameter.noun": "parameter",

        "grant_status.noun": "grant status",
        "grant_status.applied": "applied",
        "grant_status.approved": "approved",
        "grant_status.paid": "paid",
        "grant_status.closed": "closed",
        "grant_status.rejected": "rejected",
        "grant_status.withdrawn": "withdrawn",
        "grant_status.lapsed": "lapsed",
        "grant_status.repaid": "repaid",

    ]
}
