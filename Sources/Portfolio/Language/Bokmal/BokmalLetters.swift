extension Catalogue {
    /// Vedtaksbrevet (`grant letter`): avvisninger og hjelp. Selve brevet er alltid på bokmål.
    static let bokmalLetters: KeyValuePairs<Message.Key, String> = [
        "letter.no_decision": "tilsagn {grant} er {status}: brev skrives for et innvilget tilsagn eller en avslått søknad",
        "help.grant.letter.abstract": "Skriv vedtaksbrevet for et tilsagn eller et avslag, på norsk.",
        "help.grant.letter.discussion": """
            Brevet går til en norsk søker og er derfor alltid på bokmål, uansett hvilket språk mon \
            ellers bruker. Et tilsagnsbrev oppgir mottakeren, beløpet, andelen av prosjektets kostnader, \
            støttegrunnlaget, for bagatellmessig støtte det forordningen krever (denne støtten i euro, \
            foretakets bagatellmessige støtte i perioden og taket), frist og vilkår, hvordan utbetaling \
            anmodes, saken og hvem som vedtok. En avslått søknad får et avslag med den registrerte \
            begrunnelsen. En søknad som ikke er avgjort, er trukket eller annullert, får ikke brev.

            Eksempler:
              mon grant letter 12
              mon grant letter 12 --format html -o tilsagnsbrev-12.html
            """,
        "help.grant.letter.format": "markdown eller html.",
    ]
}
