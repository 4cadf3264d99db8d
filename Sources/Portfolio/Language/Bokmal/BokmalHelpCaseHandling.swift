extension Catalogue {
    /// Hjelp for vilkår ved vedtak og utbetalingsanmodninger.
    static let bokmalHelpCaseHandling: KeyValuePairs<Message.Key, String> = [
        "help.grant.approve.completion": "Dagen prosjektet skal være ferdigstilt innen; en delutbetaling etter den krever at dagen flyttes (grant update --completion).",
        "help.grant.approve.report_due": "Fristen for sluttrapporten.",
        "help.grant.approve.max_share": "Største andel av dokumenterte kostnader tilsagnet kan dekke, i prosent: --max-share 12,07.",
        "help.grant.approve.holdback": "Andelen av tilsagnet som holdes tilbake til sluttrapporten, i prosent: --holdback 10 (standard: parameteren holdback_default).",
        "help.grant.approve.condition": "Et vilkår i ord; oppgi det én gang for hvert: --condition \"Sluttrapport og attestert regnskap før utbetaling\".",
        "help.grant.pay.request": "Utbetalingsanmodningen som skal utbetales, for tilsagn som utbetales mot anmodning: mon grant pay 12 --request 3 --date 2025-02-01.",
        "help.grant.update.completion": "En senere ferdigstillelsesdato for et innvilget tilsagn: forlengelsen som delutbetalinger etter den gamle datoen krever.",
        "help.grant.request.abstract": "Registrer en utbetalingsanmodning: beløpet det bes om, dokumenterte kostnader så langt, en rapport.",
        "help.grant.request.discussion": """
            Kostnadene er prosjektets dokumenterte kostnader akkumulert så langt; de går aldri ned \
            fra én anmodning til den neste. En sluttanmodning (--final) krever sluttrapporten; den \
            utbetaler det minste av det som gjenstår, det som ble bedt om, og tilsagnets største \
            andel av de dokumenterte kostnadene minus det som er utbetalt, rundet ned til hele øre; \
            resten går tilbake til fondet samme dag. En delanmodning kan ikke gå inn i det \
            tilbakeholdte beløpet eller komme etter ferdigstillelsesdatoen. Utbetal en anmodning med \
            `mon grant pay ID --request N --date D`.

            Eksempel:
              mon grant request 12 --amount "90 000" --costs "300 000" --date 2024-09-01 \\
                  --report "Halvveis"
              mon grant request 12 --amount "70 000" --costs "400 000" --date 2025-01-20 \\
                  --final \\
                  --report-file sluttrapport.txt
            """,
        "help.grant.request.amount": "Beløpet det bes om.",
        "help.grant.request.costs": "Dokumenterte kostnader så langt, akkumulert.",
        "help.grant.request.date": "Dagen anmodningen kom inn.",
        "help.grant.request.final": "Sluttanmodningen, med sluttrapporten: gjør opp tilsagnet.",
        "help.grant.request.report": "Status- eller sluttrapporten som tekst.",
        "help.grant.request.report_file": "En UTF-8-tekstfil med rapporten (høyst 256 KiB).",
        "help.grant.requests.abstract": "Vis utbetalingsanmodningene på et tilsagn og hva som er utbetalt på hver.",
        "help.grant.requests.discussion": "Eksempel:\n  mon grant requests 12 --format json",
    ]
}
