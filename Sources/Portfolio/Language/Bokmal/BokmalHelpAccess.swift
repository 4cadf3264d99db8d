extension Catalogue {
    /// Hjelpen til `mon user`.
    static let bokmalHelpAccess: KeyValuePairs<Message.Key, String> = [
        "help.user.abstract": "Nettbrukere: hvem som kan logge inn på nettsidene, og som hva.",
        "help.user.discussion": """
            Et styremedlem, en rådgiver eller revisor logger inn med navn og passord. \
            Passord lagres bare som bcrypt-hasher og skrives aldri på kommandolinjen. \
            Fem mislykkede innlogginger på rad sperrer en bruker i 15 minutter; hver \
            innlogging og mislykket innlogging står i `mon history` og i tabellen access_event.

            Eksempler:
              printf '%s\\n' "$PASSORD" | mon user add kari --role styre --password-stdin
              mon user list --format json
              mon user disable kari
            """,
        "help.user.add.abstract": "Legg til en nettbruker; passordet leses fra standard input.",
        "help.user.add.discussion": """
            Passordet er første linje på standard input: minst 10 tegn. Et navn som \
            bare skiller seg fra en annen brukers med store og små bokstaver, avvises. \
            Rollen er styre, rådgiver eller revisor (board, adviser, auditor).

            Eksempel:
              printf '%s\\n' "$PASSORD" | mon user add "Kari Nordmann" \\
                  --role rådgiver --password-stdin
            """,
        "help.user.add.name": "Brukerens navn, unikt uansett store og små bokstaver.",
        "help.user.add.role": "styre, rådgiver eller revisor.",
        "help.user.add.password_stdin": "Les passordet fra første linje på standard input.",
        "help.user.list.abstract": "Vis nettbrukerne: rolle, deaktivert, sperret til, siste innlogging.",
        "help.user.list.discussion": """
            Tider er norsk tid for en person, UTC som lagret i CSV og JSON. \
            Passord og hasher vises aldri.

            Eksempel:
              mon user list --format csv
            """,
        "help.user.disable.abstract": "Deaktiver en nettbruker: ingen innlogging lykkes etter det.",
        "help.user.disable.discussion": """
            Brukeren blir stående i listen og i historikken, merket deaktivert.

            Eksempel:
              mon user disable kari
            """,
        "help.user.disable.name": "Brukerens navn, med store eller små bokstaver.",
    ]
}
