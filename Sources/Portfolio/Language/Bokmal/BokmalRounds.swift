extension Catalogue {
    /// Application rounds: placing, ranking, selecting and deciding a round's applications.
    static let bokmalRounds: [Message.Key: String] = [
        "text.what.round_name": "rundens navn",
        "round.budget_negative": "en rundes budsjett kan ikke være negativt",
        "round.exists": "det finnes allerede en runde som heter '{round}'",
        "round.not_found": "det finnes ingen runde '{round}'; rundene er: {known}",
        "round.other_fund": "runden '{round}' bruker fondet '{fund}', ikke søknadens fond",
        "round.obstacle.not_assessed": "søknad {grant} er ikke vurdert: registrer en vurdering med `mon assess --grant {grant}`",
        "round.not_in_round": "søknad {grant} er ikke en ubehandlet søknad i runden '{round}'",
        "round.required_not_approvable": "søknad {grant} kan ikke innvilges som omsøkt: {why}",
        "round.decide.nothing": "runden '{round}' har ingen ubehandlede søknader",
        "round.decide.refused": "rundens vedtak ble ikke registrert, ingenting er endret: søknad {grant}: {why}",
        "selection.required_over_shared": "de påkrevde søknadene {ids} går til sammen over foretakets gjenstående ramme for bagatellmessig støtte",
        "cli.min_area_form": "--min-area tar N=ANTALL, som 1=2, ikke '{text}'",
        "cli.assess_one_subject": "oppgi enten et prosjekts id eller --grant ID, ikke begge eller ingen",

        "header.late": "For sent",
        "header.approvable": "Kan innvilges",
        "header.obstacles": "Hindringer",
        "header.reasons": "Hvorfor ikke",
        "header.round": "Runde",
        "header.applications": "Søknader",
        "header.rejected": "Avslått",
        "header.given": "Innvilget beløp",
        "section.applications": "Søknader",
    ]
}
