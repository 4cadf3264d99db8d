extension Catalogue {
    /// Partners and their organisation numbers.
    static let bokmalPartners: KeyValuePairs<Message.Key, String> = [
        "partner.exists": "partner {id} finnes allerede",
        "partner.orgnr_not_found": "ingen partner har organisasjonsnummer {orgnr}",
        "partner.not_found": "partner {id} finnes ikke",
        "partner.name_not_found": "ingen partner heter '{reference}'; `mon partner list` viser dem",
        "partner.name_ambiguous": "{count} partnere heter '{reference}'; angi én med id eller organisasjonsnummer",
        "partner.orgnr_taken": "organisasjonsnummer {orgnr} er allerede registrert, på {holder} (partner {partner})",
        "partner.name_taken": "partner {partner} heter allerede '{name}'; to partnere kan bare dele navn når begge har organisasjonsnummer",
    ]
}
