extension Catalogue {
    /// Partners and their organisation numbers.
    static let englishPartners: KeyValuePairs<Message.Key, String> = [
        "partner.exists": "there is already a partner {id}",
        "partner.orgnr_not_found": "no partner has organisation number {orgnr}",
        "partner.not_found": "there is no partner {id}",
        "partner.name_not_found": "there is no partner named '{reference}'; `mon partner list` shows them",
        "partner.name_ambiguous": "{count} partners are named '{reference}'; name one by its id or organisation number",
        "partner.orgnr_taken": "organisation number {orgnr} is already registered, to {holder} (partner {partner})",
        "partner.name_taken": "partner {partner} is already named '{name}'; two partners share a name only when both have an organisation number",
    ]
}
