extension Catalogue {
    /// Hjelpen til `mon serve`.
    static let bokmalHelpWeb: KeyValuePairs<Message.Key, String> = [
        "help.serve.abstract": "Vis porteføljen i en nettleser, bare for lesing, bak innlogging.",
        "help.serve.discussion": """
            Kjører mon-web, som er installert ved siden av mon: oversikten, planen, \
            prosjekter, tilsagn, runder, styrerapporten og den offentlige listen, på \
            bokmål eller engelsk etter nettleserens ønske, og hver liste kan lastes \
            ned som CSV, xlsx og JSON. Alt unntatt /public, /healthz og /login krever \
            en bruker (mon user add). Stopp med Ctrl-C.

            Eksempel:
              mon serve --db mon.sqlite --port 8080
            """,
        "help.serve.host": "Adressen det lyttes på; 127.0.0.1 slipper bare inn denne maskinen.",
        "help.serve.port": "Porten det lyttes på.",
        "help.serve.secure_cookies": "Merk øktinformasjonskapselen Secure: for en server bak TLS.",
    ]
}
