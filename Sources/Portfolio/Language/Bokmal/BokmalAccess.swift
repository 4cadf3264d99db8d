extension Catalogue {
    /// Nettbrukere, passordene deres og innloggingene (`mon user`, nettjenerens innlogging).
    static let bokmalAccess: KeyValuePairs<Message.Key, String> = [
        "user_role.noun": "rolle",
        "user_role.board": "styre",
        "user_role.adviser": "rådgiver",
        "user_role.auditor": "revisor",
        "text.what.user": "en nettbruker",
        "access.name_long": "en brukers navn er på høyst {maximum} tegn",
        "access.user_exists": "det finnes allerede en bruker som heter «{taken}»: «{name}» skiller seg bare med store og små bokstaver",
        "access.no_user": "ingen nettbruker heter «{name}»: `mon user list` viser dem",
        "access.already_disabled": "«{name}» er allerede deaktivert",
        "access.password_short": "passordet er for kort: minst {minimum} tegn",
        "access.password_long": "passordet er for langt: høyst {maximum} byte (bcrypt leser ikke mer)",
        "access.password_control": "passordet har et kontrolltegn: skriv bare synlige tegn og mellomrom",
        "access.wrong_name_or_password": "feil brukernavn eller passord",
        "access.locked": "denne brukeren er sperret etter fem mislykkede innlogginger, til {until}",
        "access.disabled": "«{name}» er deaktivert: spør en administrator",
        "access.stdin_terminal": "--password-stdin leser passordet fra standard input: send det inn med en pipe, som i `printf '%s\\n' \"$PASSWORD\" | mon user add NAVN --role styre --password-stdin`",
        "access.stdin_empty": "ikke noe passord på standard input: --password-stdin leser første linje",
        "access.stdin_needed": "gi --password-stdin og passordet på standard input: et passord er aldri et argument",
        "header.disabled": "deaktivert",
        "header.locked_until": "sperret til",
        "header.last_login": "siste innlogging",
    ]
}
