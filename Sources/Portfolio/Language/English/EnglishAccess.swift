extension Catalogue {
    /// Web users, their passwords and their logins (`mon user`, the web server's login).
    static let englishAccess: KeyValuePairs<Message.Key, String> = [
        "user_role.noun": "role",
        "user_role.board": "board",
        "user_role.adviser": "adviser",
        "user_role.auditor": "auditor",
        "text.what.user": "a web user",
        "access.name_long": "a user's name is at most {maximum} characters",
        "access.user_exists": "a user named '{taken}' exists already: '{name}' differs only in case",
        "access.no_user": "no web user is named '{name}': `mon user list` shows them",
        "access.already_disabled": "'{name}' is disabled already",
        "access.password_short": "the password is too short: at least {minimum} characters",
        "access.password_long": "the password is too long: at most {maximum} bytes (bcrypt reads no more)",
        "access.password_control": "the password holds a control character: type only visible characters and spaces",
        "access.wrong_name_or_password": "wrong user name or password",
        "access.locked": "this user is locked after five failed logins, until {until}",
        "access.disabled": "'{name}' is disabled: ask an administrator",
        "access.stdin_terminal": "--password-stdin reads the password from standard input: pipe it in, as in `printf '%s\\n' \"$PASSWORD\" | mon user add NAME --role board --password-stdin`",
        "access.stdin_empty": "no password on standard input: --password-stdin reads the first line",
        "access.stdin_needed": "give --password-stdin and the password on standard input: a password is never an option",
        "header.disabled": "disabled",
        "header.locked_until": "locked until",
        "header.last_login": "last login",
    ]
}
