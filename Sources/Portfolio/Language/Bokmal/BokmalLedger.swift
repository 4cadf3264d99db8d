extension Catalogue {
    /// Hovedboken og hva mon doctor sier om den.
    static let bokmalLedger: KeyValuePairs<Message.Key, String> = [
        "doctor.check.ledger": "hovedbok",
        "doctor.ledger.sound": "{grants} og {days} stemmer med tilsagnene, utbetalingene og bevilgningene, og hvert fonds sum med dagene",
        "doctor.ledger.grants.one": "{count} tilsagn",
        "doctor.ledger.grants.other": "{count} tilsagn",
        "doctor.ledger.days.one": "{count} fondsdag",
        "doctor.ledger.days.other": "{count} fondsdager",
        "doctor.ledger.grant_missing": "tilsagn {grant} mangler i hovedboken",
        "doctor.ledger.grant_extra": "hovedboken har tilsagn {grant}, som er annullert eller ikke finnes lenger",
        "doctor.ledger.grant_differs": "tilsagn {grant}: {figure} er {stored} i hovedboken, men {real} etter tilsagnet og utbetalingene",
        "doctor.ledger.day_differs": "{fund}, {day}: {figure} er {stored} i hovedboken, men {real} etter bevilgningene, tilsagnene og utbetalingene",
        "doctor.ledger.total_differs": "{fund}: {figure} i alt er {stored} i hovedboken, men {real} etter fondets dager",
        "doctor.ledger.none": "ingen",
        "doctor.ledger.figure.fund_id": "fondet",
        "doctor.ledger.figure.received_on": "mottatt-dagen",
        "doctor.ledger.figure.approved_on": "innvilget-dagen",
        "doctor.ledger.figure.released_on": "frigjort-dagen",
        "doctor.ledger.figure.allocated_ore": "tildelt",
        "doctor.ledger.figure.applied_ore": "søkt",
        "doctor.ledger.figure.granted_ore": "innvilget",
        "doctor.ledger.figure.paid_ore": "utbetalt",
        "doctor.ledger.figure.repaid_ore": "tilbakebetalt",
        "doctor.ledger.figure.released_ore": "frigjort",
    ]
}
